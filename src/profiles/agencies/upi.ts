import { profile } from '../profile.js';

/**
 * United Press International: `Nov. 27 (UPI) --`, a date and no place; the copyright line at the end
 * (`Copyright 2025 United Press International, Inc.`) is read by the common rules.
 */
export default profile({
  id: 'upi',
  name: 'UPI',
  aliases: ['UPI', 'United Press International'],
  display: 'headline-deck',
  datelineForms: ['date-agency', 'place-date-agency'],
  domains: ['upi.com'],
  separators: ['--'],
  captionCredits: [/\((?:UPI Photo|Photo by [^()]*\/UPI)(?:\/[^()]*)?\)$/],
});
