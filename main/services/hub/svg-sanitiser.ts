import { SaxesParser } from 'saxes';

// A floor plan drawn as SVG is shown to every visitor, so an uploaded SVG is rebuilt from an allow-list rather than
// trusted: it is parsed as strict XML (a DOCTYPE, and with it any entity trick, is refused), and only drawing elements
// and their ordinary attributes are written back out. Scripts, styles, foreignObject, images, links and anything
// unknown are dropped with everything inside them; event handlers and references outside the file are dropped too.

/** Drawing elements kept (SVG 1.1 shapes, text, grouping, gradients, markers, clipping). */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
]);

// Namespaced attributes other than these (editor metadata such as inkscape:label) are dropped.
const NAMESPACED_KEPT = new Set(['xmlns', 'xmlns:xlink', 'xlink:href', 'xml:space']);
// Only references inside the file (`#id`) may stay; url(...) may only point inside it too.
const OUTSIDE_URL = /url\(\s*(?!['"]?#)/i;
const DANGEROUS_TEXT = /javascript:|vbscript:|data:|expression\s*\(|@import|behavior\s*:/i;

/** Why an SVG could not be used. */
export class SvgRefused extends Error {
  override name = 'SvgRefused';
}

/** The result: the rebuilt SVG, and how many elements and attributes were dropped (for the audit trail). */
export interface SanitisedSvg {
  svg: string;
  dropped: number;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function keepAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return false;
  if (name.includes(':') && !NAMESPACED_KEPT.has(name)) return false;
  if (lower === 'href' || lower === 'xlink:href') return value.trim().startsWith('#');
  if (lower.startsWith('xmlns')) return true;
  return !OUTSIDE_URL.test(value) && !DANGEROUS_TEXT.test(value);
}

/** Rebuild an SVG document from the allow-list; throws SvgRefused when it is not a well-formed SVG. */
export function sanitiseSvg(source: string): SanitisedSvg {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  let skipping = 0;
  let dropped = 0;
  let sawRoot = false;
  let failure: string | null = null;
  parser.on('doctype', () => {
    failure = 'An SVG with a DOCTYPE is not accepted: save the plan again without one.';
  });
  parser.on('error', (error) => {
    failure ??= `The SVG is not well-formed: ${error.message.split('\n')[0] ?? ''}`.slice(0, 200);
  });
  parser.on('opentag', (tag) => {
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'svg') failure ??= 'The file is not an SVG drawing.';
    }
    if (skipping > 0 || !ELEMENTS.has(tag.name)) {
      if (skipping === 0) dropped += 1;
      skipping += 1;
      return;
    }
    const attributes = Object.entries(tag.attributes as Record<string, string>).filter(([name, value]) => {
      const keep = keepAttribute(name, value);
      if (!keep) dropped += 1;
      return keep;
    });
    out.push(`<${tag.name}${attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('')}>`);
  });
  parser.on('closetag', (tag) => {
    if (skipping > 0) {
      skipping -= 1;
      return;
    }
    out.push(`</${tag.name}>`);
  });
  parser.on('text', (text) => {
    if (skipping === 0 && sawRoot) out.push(escapeText(text));
  });
  parser.on('cdata', (text) => {
    if (skipping === 0 && sawRoot) out.push(escapeText(text));
  });
  try {
    parser.write(source.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    failure ??= `The SVG is not well-formed: ${(error as Error).message.split('\n')[0] ?? ''}`.slice(0, 200);
  }
  if (failure !== null) throw new SvgRefused(failure);
  if (!sawRoot) throw new SvgRefused('The file is not an SVG drawing.');
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${out.join('')}\n`, dropped };
}
