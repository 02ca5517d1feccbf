import { z } from 'zod/mini';
import { INCLUDED_BY_DEFAULT, type Included } from './sensitive-answers';

/** Longest name, date of birth or appointment kept: room for any real one, not for a letter. */
export const DETAIL_MAX = 80;

/**
 * What the person types on the summary for the printout's header (all optional, free text: a
 * paper header, not a record, so a date is written the way the person writes it), and which
 * sensitive answers they include. Kept with the answers in this tab; sent only with a summary the
 * person sends. Decision 0013.
 */
export interface ConsultationDetails {
  name: string;
  dateOfBirth: string;
  appointment: string;
  included: Included;
}

export const NO_DETAILS: ConsultationDetails = {
  name: '',
  dateOfBirth: '',
  appointment: '',
  included: INCLUDED_BY_DEFAULT,
};

const detail = z.string().check(z.maxLength(DETAIL_MAX));

/** For reading the details back from storage. */
export const consultationDetailsSchema = z.strictObject({
  name: detail,
  dateOfBirth: detail,
  appointment: detail,
  included: z.strictObject({ pregnancy: z.boolean(), feelings: z.boolean() }),
});
