type Props = { name: string; canonical: string };

/** The embedded map's only chrome: what it shows, and a way to the full atlas. */
export default function EmbedCaption({ name, canonical }: Props) {
  return (
    <div className="embed-view">
      <h1 lang="zh-Hant">{name}</h1>
      <a href={canonical} target="_blank" rel="noopener">
        Open in BJO Atlas ↗
      </a>
    </div>
  );
}
