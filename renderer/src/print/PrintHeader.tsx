import { useCenter } from '../api/useCenter';

/** The center's name above the form's title, as on the paper forms. */
export function PrintHeader({ title, subtitle }: { title: string; subtitle?: string }) {
  const center = useCenter();
  return (
    <header>
      <p className="center-name" data-testid="print-center-name">
        {center.data?.name ?? ''}
      </p>
      <h1>{title}</h1>
      {subtitle && <p className="subtitle">{subtitle}</p>}
    </header>
  );
}
