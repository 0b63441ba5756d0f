// Package jsonlimit checks the shape of a JSON document before it is decoded, so a small
// document cannot make a decoder allocate without bound: encoding/json allocates a Go value
// for every element it decodes (80 bytes or more for a struct), so three bytes of "{},"
// can cost a hundred bytes of memory, and a long array of them gigabytes.
//
// [Check] scans the bytes once, without decoding and without allocating more than the
// nesting stack, and reports the first limit exceeded: the depth of nesting, the number of
// elements in one array or members in one object, and the number of values in the whole
// document. It does not validate the syntax: a malformed document passes or fails as its
// shape allows, and the decoder reports the syntax error.
package jsonlimit
