export { default, generateMetadata, generateStaticParams } from '../../../[locale]/city/[id]/page';
export const dynamicParams = false;
