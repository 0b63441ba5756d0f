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
// and [MaxRequestBytes] bytes are read. Errors are [*FieldError] with paths such as
// "line 3: weight", wrapping [ErrInvalidRequest].
func ReadRecipientsCSV(r io.Reader) ([]Recipient, error) {
	lr := &io.LimitedReader{R: r, N: MaxRequestBytes + 1}
	cr := csv.NewReader(lr)
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
