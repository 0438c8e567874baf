/**
 * Work-based assessment: a teacher records that a learner showed a learning outcome at a
 * workplace, which credits the outcome to the learner's account with that evidence. The record
 * (who, when, where, what they saw) is kept as its own audit entry.
 */
package org.cellpath.platform.learning.workplace;
