export {
  default,
  generateMetadata,
  generateStaticParams,
} from '../../../[locale]/region/[id]/page';
export const dynamicParams = false;
