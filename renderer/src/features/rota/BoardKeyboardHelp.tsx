/** The board's keys, in the order a keyboard user meets them. */
const KEYS: readonly [string, string][] = [
  ['Tab', 'Into the board (one stop), and on out of it'],
  ['Arrow keys', 'Between visits and days'],
  ['Home, End', 'First or last day of the row (with Ctrl: of the first or last row)'],
  ['Page Up, Page Down', 'Ten rows up or down'],
  ['Enter', 'Open the visit: its details, who is free, cover options'],
  ['M', 'Move the visit to another worker’s row: Up and Down (or type a name), Enter to move, Escape to cancel'],
  ['Escape', 'Close the visit, back to the board'],
  ['Ctrl+Z, Ctrl+Y', 'Undo or redo an edit to a draft week'],
];

/** The board's keyboard help: closed until asked for, so it takes one short line of the board's height. */
export function BoardKeyboardHelp() {
  return (
    <details className="rota-keys">
      <summary>Keyboard help</summary>
      <dl className="rota-keys__list">
        {KEYS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
