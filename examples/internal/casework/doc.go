// Package casework is the plain-text layout the seed examples (hordaland2018,
// nordland2019, innlandet2022) share: how a caseworker reads an office's allocation round
// (tildelingsrunde). It only renders; the round itself is the SDK's public API (sdk.Run in
// the module root), which the examples call with the seed data.
//
// The listing writes the call (pots, deadlines as the calendar resolved them, spend-by
// dates), the networks, the cases with their eligibility and the office's priorities, the
// reasons for refusals and the waivers, the allocation of each scheme's pot with the cap
// of each application equal to the amount requested, and the grants with the time limit
// for an appeal.
package casework
