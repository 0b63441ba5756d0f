// Package casework is what the end-to-end examples share: an office's allocation round
// (tildelingsrunde) from applications to grants, and the plain-text layout a caseworker
// reads.
//
// A round composes the SDK's packages the way a case-management system would: the
// calendar resolves the office's application deadline and the spend-by date; eligibility
// evaluates every application with its network against the edition of the guidelines for
// the grant year; applications with a failed requirement are refused with the finding as
// the reason, unless the office has waived that rule (each waiver is stated with its
// reason); allocation distributes each scheme's pot over the remaining applications with
// caps equal to the amounts requested and weights equal to the amount requested times the
// office's priority; every amount above zero becomes a grant (lnet.Grant) to be used by
// 31 December of the year after the grant year.
package casework
