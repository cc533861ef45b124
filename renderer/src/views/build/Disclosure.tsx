import { useState, type ReactNode } from 'react';

/**
 * A panel of the Weights view whose body is built only while it is open (its heading is a button with
 * aria-expanded): closed, it costs the view nothing on each weight edit. `summary` stays shown either way.
 */
export function Disclosure({ title, summary, children }: { title: string; summary?: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="build-panel" aria-label={title}>
      <h3>
        <button type="button" className="build-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {title}
        </button>
      </h3>
      {summary}
      {open && children}
    </section>
  );
}
