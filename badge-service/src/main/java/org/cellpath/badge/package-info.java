/**
 * Open Badges 3.0: achievements per outcome, unit and pathway, issuing on attainment, issuer
 * profiles and keys, status lists, baking, verification and recognition. Depends on the platform
 * core only; its features arrive with the badge work.
 */
package org.cellpath.badge;
