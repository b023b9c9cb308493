import ArticleView from '@/components/ArticleView';
import PlaceNav from '@/components/PlaceNav';
import { loadAtlas } from '@/lib/view/load-atlas';

export default function HomePage() {
  const { article, marks, mapData } = loadAtlas();
  return (
    <>
      <PlaceNav places={mapData.places} regions={mapData.regions} selection={null} />
      <ArticleView article={article} marks={marks} />
    </>
  );
}
