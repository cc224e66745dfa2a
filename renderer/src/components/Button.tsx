import type { ComponentProps } from 'react';

/** A button in one of the design system's variants (a `ref` passes through, React 19 style). */
export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...rest
}: ComponentProps<'button'> & { variant?: 'primary' | 'secondary' | 'warning' | 'link' }) {
  return <button type={type} className={`button button--${variant}${className ? ` ${className}` : ''}`} {...rest} />;
}
