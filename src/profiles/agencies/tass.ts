import { profile } from '../profile.js';

/**
 * TASS: `MOSCOW, June 27. /TASS/.` (Russian: `МОСКВА, 27 июня. /ТАСС/.`); web copy puts a summary
 * (deck) under the headline.
 */
export default profile({
  id: 'tass',
  name: 'TASS',
  aliases: ['TASS', 'ТАСС', 'ITAR-TASS', 'ИТАР-ТАСС'],
  languages: ['en', 'ru'],
  display: 'headline-deck',
  datelineForms: ['tass'],
  domains: ['tass.ru', 'tass.com'],
  separators: [''],
});
