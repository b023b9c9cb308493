import Link from 'next/link';

export default function NotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>There is no place or province at this address in BJO Atlas.</p>
      <p>
        <Link href="/">Back to the map of the office</Link>
      </p>
    </div>
  );
}
