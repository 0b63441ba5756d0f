package allocation_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// csvRow is a recipient as text, for comparing what ReadRecipientsCSV read.
type csvRow struct{ id, weight, floor, cap string }

func csvRows(recs []allocation.Recipient) []csvRow {
	out := make([]csvRow, 0, len(recs))
	for _, r := range recs {
		row := csvRow{id: r.ID, weight: r.Weight.String(), floor: r.Floor.String()}
		if r.Cap != nil {
			row.cap = r.Cap.String()
		}
		out = append(out, row)
	}
	return out
}

func TestReadRecipientsCSV(t *testing.T) {
	plain := []csvRow{{"a", "12.5", "0", ""}, {"b", "3", "100", "500"}}
	tests := []struct {
		name, in string
		want     []csvRow
	}{
		{"comma, no header", "a,12.5\nb,3,100,500\n", plain},
		{"comma, header", "id,weight,floor,cap\na,12.5,,\nb,3,100,500\n", plain},
		{"no final line end", "a,12.5\nb,3,100,500", plain},
		{"CRLF", "id,weight,floor,cap\r\na,12.5,,\r\nb,3,100,500\r\n", plain},
		{"lone CR", "id,weight,floor,cap\ra,12.5,,\rb,3,100,500\r", plain},
		{"BOM", "\uFEFFid,weight,floor,cap\na,12.5,,\nb,3,100,500\n", plain},
		{"Norwegian Excel", "\uFEFFid;vekt;gulv;tak\r\na;12,5;;\r\nb;3;100;500\r\n;;;\r\n", plain},
		{"semicolon, decimal point", "a;12.5\nb;3;100;500\n", plain},
		{"semicolon, Norwegian amounts", "mottaker;vekt;gulv;tak\na;12,5;;\nb;3;kr 100;500,00\n", plain},
		{"header case-insensitive", "ID,Weight,FLOOR,Cap\na,12.5,,\nb,3,100,500\n", plain},
		{"header nynorsk", "Mottakar;Vekt;Golv;Tak\na;12,5;;\nb;3;100;500\n", plain},
		{"header reordered", "weight,cap,id,floor\n12.5,,a,\n3,500,b,100\n", plain},
		{"header without floor and cap", "recipient,weight\na,12.5\nb,3\n", []csvRow{{"a", "12.5", "0", ""}, {"b", "3", "0", ""}}},
		{"first row id,5 is data", "id,5\nb,3\n", []csvRow{{"id", "5", "0", ""}, {"b", "3", "0", ""}}},
		{"first row weight,1 is data", "weight,1\n", []csvRow{{"weight", "1", "0", ""}}},
		{"blank lines and spaces", "\n\n  a , 12.5 \n\r\n b,3, 100 , 500\n\n", plain},
		{"quoted fields", "\"a\",\"12.5\"\n\"b\",3,\"100\",500\n", plain},
		{"quoted separator and quotes", "\"x, \"\"y\"\"\",1\n", []csvRow{{`x, "y"`, "1", "0", ""}}},
		{"quoted semicolon in comma file", "\"x;y\",1\n", []csvRow{{"x;y", "1", "0", ""}}},
		{"comma in id of semicolon file", "Bergen, Fana;1\n", []csvRow{{"Bergen, Fana", "1", "0", ""}}},
		{"quoted line break", "\"a\nb\",1\r\nc,2\n", []csvRow{{"a\nb", "1", "0", ""}, {"c", "2", "0", ""}}},
		{"fraction weight", "a;3/7\n", []csvRow{{"a", "3/7", "0", ""}}},
		{"only a header", "id,weight\n", nil},
		{"empty", "", nil},
		{"only a BOM", "\uFEFF", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := allocation.ReadRecipientsCSV(strings.NewReader(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, csvRowsOrNil(recs))
		})
	}
}

func csvRowsOrNil(recs []allocation.Recipient) []csvRow {
	if len(recs) == 0 {
		return nil
	}
	return csvRows(recs)
}

func TestReadRecipientsCSVErrors(t *testing.T) {
	tests := []struct {
		name, in string
		message  string
		tooLarge bool
	}{
		{"bad weight", "a,x\n", `line 1, column 2 (weight): not a weight "x"`, false},
		{"bad weight on line 3", "id,weight\n\nb,-1\n", `line 3, column 2 (weight)`, false},
		{"bad floor", "a;1;lots\n", `line 1, column 3 (floor): not an amount "lots"`, false},
		{"bad cap, reordered", "weight,cap,id\n1,x,a\n", `line 2, column 2 (cap): not an amount "x"`, false},
		{"one field", "a\n", "line 1: want id,weight[,floor[,cap]], got 1 fields", false},
		{"five fields", "a;1;2;3;4\n", "line 1: want id;weight[;floor[;cap]], got 5 fields", false},
		{"comma row in semicolon file", "a;1\nb,2\n", "line 2: want id;weight[;floor[;cap]], got 1 fields; column 1 has a ','", false},
		{"semicolon in comma file", "a,1\nb;c,2\n", "line 2, column 1: ';' in a ','-separated file (mixed separators)", false},
		{"decimal comma in comma file", "a,\"12,5\"\n", "line 1, column 2 (weight): ambiguous decimal comma in a ','-separated file", false},
		{"comma and point", "a;1.234,5\n", "line 1, column 2 (weight): ambiguous number: both a decimal comma and a point", false},
		{"mixed decimal marks", "a;1,5\nb;2\nc;2.5\n", `line 3, column 2 (weight): mixed decimal marks: '.' here, ',' on line 1, column 2 "2.5"`, false},
		{"more fields than the header", "id,weight\na,1,2\n", "line 2: the header has 2 columns, this row 3 fields", false},
		{"unknown header column", "id,weight,comment\n", `line 1, column 3: unknown column in the header`, false},
		{"header column twice", "id;vekt;weight\n", `line 1, column 3: column weight named twice in the header`, false},
		{"header without weight", "id,floor\na,1\n", "line 1: the header must name the columns id and weight", false},
		{"unclosed quote", "a,1\n\"b,2\n", "line 2, column 1: quoted field not closed", false},
		{"text after quote", "\"a\"x,1\n", `line 1, column 1: 'x' after the closing quote`, false},
		{"quote in unquoted field", "a\"b,1\n", "line 1, column 1: quote inside an unquoted field", false},
		{"long record", "a," + strings.Repeat("1", allocation.MaxCSVRecordBytes), "line 1: record longer than 16384 bytes", true},
		{"long quoted record over lines", "b,1\n\"" + strings.Repeat("x\n", allocation.MaxCSVRecordBytes/2) + "\",1\n", "line 2: record longer than 16384 bytes", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := allocation.ReadRecipientsCSV(strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.message)
			assert.ErrorIs(t, err, allocation.ErrInvalidRequest)
			assert.Equal(t, tt.tooLarge, errors.Is(err, allocation.ErrTooLarge), "ErrTooLarge")
			var fe *allocation.FieldError
			assert.ErrorAs(t, err, &fe)
		})
	}
}

// TestReadRecipientsCSVRecordLimit: a record of exactly MaxCSVRecordBytes bytes (line end
// included) is read, one byte more is refused, whether the bytes are on one line or spread
// over lines inside quotes.
func TestReadRecipientsCSVRecordLimit(t *testing.T) {
	oneLine := func(size int) string { // "<id>,1\n" of size bytes
		return strings.Repeat("a", size-len(",1\n")) + ",1\n"
	}
	manyLines := func(size int) string { // "\"a\na\n…\",1\n" of size bytes
		inner := size - len(`"",1`+"\n")
		id := strings.Repeat("a\n", inner/2) + strings.Repeat("a", inner%2)
		return `"` + id + `",1` + "\n"
	}
	for name, record := range map[string]func(int) string{"one line": oneLine, "quoted lines": manyLines} {
		t.Run(name, func(t *testing.T) {
			under := record(allocation.MaxCSVRecordBytes)
			require.Len(t, under, allocation.MaxCSVRecordBytes)
			recs, err := allocation.ReadRecipientsCSV(strings.NewReader("x,1\n" + under + "y,1\n"))
			require.NoError(t, err)
			require.Len(t, recs, 3)

			over := record(allocation.MaxCSVRecordBytes + 1)
			require.Len(t, over, allocation.MaxCSVRecordBytes+1)
			_, err = allocation.ReadRecipientsCSV(strings.NewReader("x,1\n" + over + "y,1\n"))
			require.ErrorIs(t, err, allocation.ErrTooLarge)
			assert.Contains(t, err.Error(), "line 2: record longer than")
		})
	}
}

// TestReadRecipientsCSVTotalLimit: MaxRequestBytes bytes are read, one more is refused. The
// input is blank lines, so nothing but the bytes is held.
func TestReadRecipientsCSVTotalLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 128 MiB")
	}
	row := "a,1\n"
	under := &blankReader{n: allocation.MaxRequestBytes - len(row), tail: row}
	recs, err := allocation.ReadRecipientsCSV(under)
	require.NoError(t, err)
	require.Len(t, recs, 1)

	over := &blankReader{n: allocation.MaxRequestBytes - len(row) + 1, tail: row}
	_, err = allocation.ReadRecipientsCSV(over)
	require.ErrorIs(t, err, allocation.ErrTooLarge)
	assert.Contains(t, err.Error(), fmt.Sprintf("longer than %d bytes", allocation.MaxRequestBytes))
}

// blankReader yields n newlines, then tail.
type blankReader struct {
	n    int
	tail string
}

func (r *blankReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		if r.tail == "" {
			return 0, io.EOF
		}
		k := copy(p, r.tail)
		r.tail = r.tail[k:]
		return k, nil
	}
	k := min(len(p), r.n)
	for i := range k {
		p[i] = '\n'
	}
	r.n -= k
	return k, nil
}

// TestReadRecipientsCSVRecipientLimit: MaxRequestRecipients rows are read, one more is
// refused.
func TestReadRecipientsCSVRecipientLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a million rows")
	}
	var b bytes.Buffer
	for i := range allocation.MaxRequestRecipients {
		fmt.Fprintf(&b, "%d,1\n", i)
	}
	recs, err := allocation.ReadRecipientsCSV(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	require.Len(t, recs, allocation.MaxRequestRecipients)
	b.WriteString("x,1\n")
	_, err = allocation.ReadRecipientsCSV(bytes.NewReader(b.Bytes()))
	require.ErrorIs(t, err, allocation.ErrTooLarge)
	assert.Contains(t, err.Error(), fmt.Sprintf("line %d: more than %d recipients", allocation.MaxRequestRecipients+1, allocation.MaxRequestRecipients))
}

// TestReadRecipientsCSVSameAsComma: every Norwegian-Excel variant of a file reads as the
// plain comma file does.
func TestReadRecipientsCSVSameAsComma(t *testing.T) {
	plain := "id,weight,floor,cap\nhoykonflikt,3.5,,300000\nbarnesamtaler,5,100000,\nbasis,1,,\n"
	want, err := allocation.ReadRecipientsCSV(strings.NewReader(plain))
	require.NoError(t, err)
	excel := strings.NewReplacer(",", ";", "3.5", "3,5").Replace(plain)
	for name, in := range map[string]string{
		"semicolon": excel,
		"BOM":       "\uFEFF" + excel,
		"CRLF":      strings.ReplaceAll("\uFEFF"+excel, "\n", "\r\n"),
		"CR":        strings.ReplaceAll("\uFEFF"+excel, "\n", "\r"),
	} {
		got, err := allocation.ReadRecipientsCSV(strings.NewReader(in))
		require.NoError(t, err, name)
		assert.Equal(t, csvRows(want), csvRows(got), name)
	}
	r, err := allocation.Allocate(lnet.MustNOK("650000"), want)
	require.NoError(t, err)
	assert.Equal(t, 3, r.Len())
}

// FuzzReadRecipientsCSV: any input is read or refused with a *FieldError wrapping
// ErrInvalidRequest, never a panic; what is read, written back as a quoted comma file with a
// header, reads back the same.
func FuzzReadRecipientsCSV(f *testing.F) {
	for _, seed := range []string{
		"a,1\nb,2,100,500\n",
		"\uFEFFid;vekt;gulv;tak\r\na;12,5;;\r\nb;3;100;500\r\n;;;\r\n",
		"id,5\n",
		"weight,cap,id\n1,,a\n",
		"\"a\nb\",1\rc,2\r",
		"a;1,5\nb;2.5\n",
		"a,\"1,5\"\n",
		"\"x, \"\"y\"\"\",3/7\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := allocation.ReadRecipientsCSV(bytes.NewReader(data))
		if err != nil {
			var fe *allocation.FieldError
			if !errors.As(err, &fe) || !errors.Is(err, allocation.ErrInvalidRequest) {
				t.Fatalf("error %T %v: want a *FieldError wrapping ErrInvalidRequest", err, err)
			}
			return
		}
		if len(recs) > allocation.MaxRequestRecipients {
			t.Fatalf("%d recipients", len(recs))
		}
		var b bytes.Buffer
		b.WriteString("id,weight,floor,cap\n")
		quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
		for _, r := range csvRows(recs) {
			fmt.Fprintf(&b, "%s,%s,%s,%s\n", quote(r.id), quote(r.weight), quote(r.floor), quote(r.cap))
		}
		again, err := allocation.ReadRecipientsCSV(&b)
		if err != nil {
			t.Fatalf("written back: %v", err)
		}
		if got, want := csvRowsOrNil(again), csvRowsOrNil(recs); !assert.ObjectsAreEqual(want, got) {
			t.Fatalf("written back and read: %q, want %q", got, want)
		}
	})
}

func BenchmarkReadRecipientsCSV(b *testing.B) {
	var in bytes.Buffer
	for i := range 100_000 {
		fmt.Fprintf(&in, "r%d;%d,%03d;;\r\n", i, i%977, i%1000)
	}
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := allocation.ReadRecipientsCSV(bytes.NewReader(in.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
