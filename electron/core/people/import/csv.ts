/**
 * RFC 4180 CSV: fields separated by commas, optionally in double quotes; a
 * quote inside a quoted field is doubled; quoted fields may hold commas and
 * line breaks; records end with CRLF or LF. Lenient where Excel is: a quote
 * in the middle of an unquoted field is kept as text. Tab-separated text
 * (Excel's "Unicode text") is recognised by its first line.
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRecord();
    else field += ch;
    i += 1;
  }
  // A last record without a final line break.
  if (field !== '' || record.length > 0 || quoted) endRecord();
  return records;
}
