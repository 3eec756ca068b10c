/** Tailoring and scoring: the interfaces the job workflow calls and the implementations that need no model. */
package io.jobwright.ai;
