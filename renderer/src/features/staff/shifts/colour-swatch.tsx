/** A small square of a shift's or day code's roster colour, beside its code. */
export function ColourSwatch({ colour, code }: { colour: string; code: string }) {
  return (
    <span
      style={{
        display: 'inline-block',
        minWidth: 32,
        padding: '0 8px',
        borderRadius: 4,
        border: '1px solid #d9d9d9',
        background: /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : 'transparent',
        // Roster colours are pale fills; the code stays dark on them.
        color: '#1f1f1f',
        textAlign: 'center',
        fontWeight: 600,
      }}
    >
      {code}
    </span>
  );
}
