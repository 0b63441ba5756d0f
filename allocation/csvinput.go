package allocation

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// ReadRecipientsCSV reads recipients from CSV rows "id,weight[,floor[,cap]]", with an
// optional header row starting with "id". Weights are read by [ParseWeight], floors and caps
// by [lnet.ParseNOK]; an empty floor or cap means none. At most [MaxRequestRecipients] rows
// and [MaxRequestBytes] bytes are read, in lines of at most 16 KiB. Errors are [*FieldError]
// with paths such as "line 3: weight", wrapping [ErrInvalidRequest].
func ReadRecipientsCSV(r io.Reader) ([]Recipient, error) {
	lr := &io.LimitedReader{R: r, N: MaxRequestBytes + 1}
	cr := csv.NewReader(&lineLimiter{r: lr})
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	var recs []Recipient
	for line := 1; ; line++ {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if lr.N <= 0 {
			return nil, requestError("csv", "", fmt.Sprintf("longer than %d bytes", MaxRequestBytes), ErrTooLarge)
		}
		if errors.Is(err, errLineTooLong) {
			return nil, requestError(fmt.Sprintf("line %d", line), "", fmt.Sprintf("line longer than %d bytes", maxCSVLine), ErrTooLarge)
		}
		if err != nil {
			return nil, requestError(fmt.Sprintf("line %d", line), "", "malformed CSV: "+err.Error(), err)
		}
		if line == 1 && len(row) > 0 && strings.EqualFold(strings.TrimSpace(row[0]), "id") {
			continue
		}
		if len(row) < 2 || len(row) > 4 {
			return nil, requestError(fmt.Sprintf("line %d", line), "", fmt.Sprintf("want id,weight[,floor[,cap]], got %d fields", len(row)), nil)
		}
		if len(recs) >= MaxRequestRecipients {
			return nil, requestError(fmt.Sprintf("line %d", line), "", fmt.Sprintf("more than %d recipients", MaxRequestRecipients), ErrTooLarge)
		}
		path := func(field string) string { return fmt.Sprintf("line %d: %s", line, field) }
		rec := Recipient{ID: strings.TrimSpace(row[0])}
		if rec.Weight, err = ParseWeight(strings.TrimSpace(row[1])); err != nil {
			return nil, requestError(path("weight"), row[1], "not a weight", err)
		}
		if len(row) > 2 && strings.TrimSpace(row[2]) != "" {
			if rec.Floor, err = lnet.ParseNOK(row[2]); err != nil {
				return nil, requestError(path("floor"), row[2], "not an amount", err)
			}
		}
		if len(row) > 3 && strings.TrimSpace(row[3]) != "" {
			c, err := lnet.ParseNOK(row[3])
			if err != nil {
				return nil, requestError(path("cap"), row[3], "not an amount", err)
			}
			rec.Cap = &c
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// maxCSVLine is the longest CSV line read, in bytes: a row within the limits of its fields
// is far shorter, and encoding/csv holds a whole line, and a string per field, in memory.
const maxCSVLine = 16 << 10

// errLineTooLong is the read error of a line longer than maxCSVLine.
var errLineTooLong = errors.New("line too long")

// lineLimiter passes its reader's bytes through until a line grows longer than maxCSVLine.
type lineLimiter struct {
	r   io.Reader
	run int // bytes since the last newline
}

func (l *lineLimiter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i, c := range p[:n] {
		if c == '\n' {
			l.run = 0
			continue
		}
		if l.run++; l.run > maxCSVLine {
			return i, errLineTooLong
		}
	}
	return n, err
}
