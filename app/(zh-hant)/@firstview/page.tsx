export { default } from '../../[locale]/@firstview/page';
