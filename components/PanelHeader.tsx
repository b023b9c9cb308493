import Link from 'next/link';

type Props = { title: string; titleLang: string; subtitle: string; kicker: string };

/** The selected place's name, with a link that clears the selection. */
export default function PanelHeader({ title, titleLang, subtitle, kicker }: Props) {
  return (
    <header>
      <div className="panel-head">
        <p className="kicker">{kicker}</p>
        <Link
          href="/"
          className="close-link"
          scroll={false}
          aria-label="Close, back to the whole article"
        >
          ✕ Close
        </Link>
      </div>
      <h1 id="panel-title" lang={titleLang}>
        {title}
      </h1>
      <p className="subtitle">{subtitle}</p>
    </header>
  );
}
