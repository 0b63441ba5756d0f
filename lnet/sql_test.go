package lnet_test

import (
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// idCodec is one id type seen through its database methods.
type idCodec struct {
	name     string
	sentinel error
	value    func(s string) (driver.Value, error)
	scan     func(src any) (string, error)
}

func codec[T interface {
	~string
	driver.Valuer
}, P interface {
	*T
	sql.Scanner
}](name string, sentinel error) idCodec {
	return idCodec{
		name:     name,
		sentinel: sentinel,
		value:    func(s string) (driver.Value, error) { return T(s).Value() },
		scan: func(src any) (string, error) {
			v := T("unchanged")
			err := P(&v).Scan(src)
			return string(v), err
		},
	}
}

var idCodecs = []idCodec{
	codec[lnet.NetworkID]("network id", lnet.ErrInvalidValue),
	codec[lnet.ServiceID]("service id", lnet.ErrInvalidValue),
	codec[lnet.PartnerID]("partner id", lnet.ErrInvalidValue),
	codec[lnet.ProjectID]("project id", lnet.ErrInvalidValue),
	codec[lnet.MeasureID]("measure id", lnet.ErrInvalidValue),
	codec[lnet.ApplicationID]("application id", lnet.ErrInvalidValue),
	codec[lnet.GrantID]("grant id", lnet.ErrInvalidValue),
	codec[lnet.OfficeID]("office id", lnet.ErrInvalidCode),
}

func TestIDValue(t *testing.T) {
	for _, c := range idCodecs {
		t.Run(c.name, func(t *testing.T) {
			v, err := c.value("hordaland")
			require.NoError(t, err)
			assert.Equal(t, "hordaland", v)

			v, err = c.value("")
			require.NoError(t, err)
			assert.Nil(t, v, "the empty id is stored as NULL")

			for _, bad := range []string{" hordaland", "a\x00b", strings.Repeat("x", 65), "\xff"} {
				_, err = c.value(bad)
				assert.ErrorIs(t, err, c.sentinel, "%q", bad)
				var pe *lnet.ParseError
				if assert.ErrorAs(t, err, &pe, "%q", bad) {
					assert.Equal(t, c.name, pe.Type)
				}
			}
		})
	}
}

func TestIDScan(t *testing.T) {
	tests := []struct {
		name string
		src  any
		want string
		err  string // substring of the error; "" for success
	}{
		{"text", "vestland", "vestland", ""},
		{"bytes", []byte("vestland"), "vestland", ""},
		{"NULL", nil, "", ""},
		{"empty text", "", "unchanged", `"": empty text (store NULL for no id)`},
		{"white space", "vestland ", "unchanged", `"vestland "`},
		{"control character", "vest\nland", "unchanged", `"vest\nland"`},
		{"too long", strings.Repeat("a", 65), "unchanged", "a…"},
		{"integer", int64(46), "unchanged", `"int64": cannot scan this type (want text)`},
		{"float", 46.0, "unchanged", `"float64": cannot scan this type`},
	}
	for _, c := range idCodecs {
		for _, tt := range tests {
			t.Run(c.name+"/"+tt.name, func(t *testing.T) {
				got, err := c.scan(tt.src)
				assert.Equal(t, tt.want, got)
				if tt.err == "" {
					require.NoError(t, err)
					return
				}
				require.ErrorIs(t, err, c.sentinel)
				assert.Contains(t, err.Error(), "lnet: parsing "+c.name)
				assert.Contains(t, err.Error(), tt.err)
			})
		}
	}
}

// TestOfficeIDScanChecksForm: an office id is a slug; other ids are free text.
func TestOfficeIDScanChecksForm(t *testing.T) {
	var office lnet.OfficeID
	err := office.Scan("Vestland")
	require.ErrorIs(t, err, lnet.ErrInvalidCode)
	assert.Equal(t, lnet.OfficeID(""), office)
	_, err = lnet.OfficeID("Vestland").Value()
	require.ErrorIs(t, err, lnet.ErrInvalidCode)

	var network lnet.NetworkID
	require.NoError(t, network.Scan("Læringsnettverk Vestland"))
	assert.Equal(t, lnet.NetworkID("Læringsnettverk Vestland"), network)
}

// TestIDThroughDatabaseSQL checks that database/sql uses the methods, not reflection: NULL
// into a plain string would be an error, and ” would be accepted.
func TestIDThroughDatabaseSQL(t *testing.T) {
	args := []any{lnet.ProjectID(""), lnet.ProjectID("hoykonflikt")}
	for _, a := range args {
		v, err := driver.DefaultParameterConverter.ConvertValue(a)
		require.NoError(t, err)
		if a == lnet.ProjectID("") {
			assert.Nil(t, v)
		} else {
			assert.Equal(t, "hoykonflikt", v)
		}
	}
	var _ sql.Scanner = new(lnet.ProjectID)
}

// FuzzScanID checks that Scan accepts exactly what Value produces, and that the two round-trip.
func FuzzScanID(f *testing.F) {
	for _, s := range []string{"", "hordaland", "laeringsnettverk-hordaland", " x", "a\tb", "\xff", "Læringsnettverk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range idCodecs {
			v, verr := c.value(s)
			got, serr := c.scan(s)
			if s == "" {
				if verr != nil || v != nil {
					t.Fatalf("%s: Value of the empty id = %v, %v; want NULL", c.name, v, verr)
				}
				continue
			}
			if (verr == nil) != (serr == nil) {
				t.Fatalf("%s %q: Value error %v but Scan error %v", c.name, s, verr, serr)
			}
			if verr != nil {
				if got != "unchanged" {
					t.Fatalf("%s %q: failed Scan changed the destination to %q", c.name, s, got)
				}
				continue
			}
			if v != s || got != s {
				t.Fatalf("%s %q: Value %v, Scan %q", c.name, s, v, got)
			}
		}
	})
}

// An optional reference is stored as NULL when it is empty, so a FOREIGN KEY can check it.
func ExampleMeasureID_Value() {
	for _, id := range []lnet.MeasureID{"tiltak-1", ""} {
		v, err := id.Value()
		fmt.Printf("%q -> %v, %v\n", id, v, err)
	}
	// Output:
	// "tiltak-1" -> tiltak-1, <nil>
	// "" -> <nil>, <nil>
}

// Scan validates what it reads: NULL is "no office", malformed text is an error.
func ExampleOfficeID_Scan() {
	var office lnet.OfficeID
	for _, src := range []any{"vestland", nil, "Statsforvalteren i Vestland"} {
		err := office.Scan(src)
		fmt.Printf("%v -> %q, %v\n", src, office, err)
	}
	// Output:
	// vestland -> "vestland", <nil>
	// <nil> -> "", <nil>
	// Statsforvalteren i Vestland -> "", lnet: parsing office id "Statsforvalteren i Vestland": want 1–40 characters of a–z, 0–9 and '-'
}
