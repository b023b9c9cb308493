export { default } from '../../[locale]/@firstview/default';
