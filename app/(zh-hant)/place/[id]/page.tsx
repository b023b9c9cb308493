export { default, generateMetadata, generateStaticParams } from '../../../[locale]/place/[id]/page';
export const dynamicParams = false;
