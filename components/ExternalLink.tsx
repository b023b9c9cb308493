type Props = { href: string | null | undefined; children: React.ReactNode; rel?: string };

/**
 * A link to another site, opened in a new tab without handing it this page; plain text when
 * there is no href (a source known only by its title).
 */
export default function ExternalLink({ href, children, rel }: Props) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} rel={rel ? `noopener noreferrer ${rel}` : 'noopener noreferrer'} target="_blank">
      {children}
    </a>
  );
}
