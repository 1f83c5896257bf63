/** The input dialects, apart from the zod schema so that the CLI can name them without loading zod. */
export const DIALECTS = ['web', 'plain', 'html', 'anpa', 'iptc', 'aap', 'sgml'] as const;
export type Dialect = (typeof DIALECTS)[number];

/**
 * The framings a transmission comes in: ANPA-1312, IPTC-7901, AAP's `ZCZC` ... `NNNN`, and the
 * LDC SGML `<DOC>` files news corpora are distributed in. Each is also the dialect of its stories.
 */
export const TRANSMISSION_FORMATS = ['anpa', 'iptc', 'aap', 'sgml'] as const;
export type TransmissionFormat = (typeof TRANSMISSION_FORMATS)[number];
