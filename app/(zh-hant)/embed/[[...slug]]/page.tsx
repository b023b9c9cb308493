export {
  default,
  generateMetadata,
  generateStaticParams,
} from '../../../[locale]/embed/[[...slug]]/page';
export const dynamicParams = false;
