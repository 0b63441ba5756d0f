package main

import (
	"context"
	"database/sql"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// TestPostgresNOK sends amounts through the server as NUMERIC(17,2) and reads them back.
func TestPostgresNOK(t *testing.T) {
	st := openTestStore(t)
	ctx := context.Background()

	for _, s := range []string{"999999999999999.99", "-999999999999999.99", "999999999999999", "0.01", "-0.01", "0", "950000.50", "2300000"} {
		t.Run(s, func(t *testing.T) {
			in := lnet.MustNOK(s)
			var out lnet.NOK
			var text string
			require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::NUMERIC(17,2), $1::NUMERIC(17,2)::TEXT`, in).Scan(&out, &text))
			assert.Equal(t, in.String(), out.String())
			assert.Equal(t, in.Ore(), out.Ore())
			assert.True(t, in.Equal(out))
			// The server holds exactly the amount, with its two decimals.
			assert.Equal(t, in.Decimal().StringFixed(2), text)
		})
	}

	t.Run("stored and summed by the server", func(t *testing.T) {
		_, err := st.db.ExecContext(ctx, `CREATE TABLE amounts (amount NUMERIC(17,2) NOT NULL)`)
		require.NoError(t, err)
		for _, s := range []string{"0.10", "0.20", "499999999999999.69"} {
			_, err := st.db.ExecContext(ctx, `INSERT INTO amounts VALUES ($1)`, lnet.MustNOK(s))
			require.NoError(t, err)
		}
		var sum lnet.NOK
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT sum(amount) FROM amounts`).Scan(&sum))
		assert.Equal(t, "499999999999999.99", sum.String()) // 0.1 + 0.2 is 0.3 here, not 0.30000000000000004
	})

	t.Run("NULL", func(t *testing.T) {
		var n lnet.NOK
		err := st.db.QueryRowContext(ctx, `SELECT NULL::NUMERIC(17,2)`).Scan(&n)
		require.ErrorIs(t, err, lnet.ErrInvalidAmount)
		assert.Contains(t, err.Error(), "NULL amount (use sql.Null[lnet.NOK])")

		var null sql.Null[lnet.NOK]
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT NULL::NUMERIC(17,2)`).Scan(&null))
		assert.False(t, null.Valid)
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT 650000.00::NUMERIC(17,2)`).Scan(&null))
		assert.True(t, null.Valid)
		assert.Equal(t, "650000", null.V.String())

		// A NULL parameter from sql.Null[NOK].
		var isNull bool
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::NUMERIC IS NULL`, sql.Null[lnet.NOK]{}).Scan(&isNull))
		assert.True(t, isNull)
	})

	t.Run("float column read by its shortest decimal form", func(t *testing.T) {
		for q, want := range map[string]string{`SELECT 0.1::DOUBLE PRECISION`: "0.10", `SELECT 950000.5::REAL`: "950000.50", `SELECT -250::DOUBLE PRECISION`: "-250"} {
			var n lnet.NOK
			require.NoError(t, st.db.QueryRowContext(ctx, q).Scan(&n), q)
			assert.Equal(t, want, n.String(), q)
		}
		for _, q := range []string{
			`SELECT 0.1::DOUBLE PRECISION + 0.2::DOUBLE PRECISION`, // 0.30000000000000004: not whole øre
			`SELECT 'NaN'::DOUBLE PRECISION`, `SELECT '-Infinity'::DOUBLE PRECISION`,
			`SELECT 1e16::DOUBLE PRECISION`, // beyond MaxNOK
		} {
			n := lnet.MustNOK("1")
			err := st.db.QueryRowContext(ctx, q).Scan(&n)
			require.ErrorIs(t, err, lnet.ErrInvalidAmount, q)
			var pe *lnet.ParseError
			require.ErrorAs(t, err, &pe, q)
			assert.Equal(t, "NOK", pe.Type)
			assert.Equal(t, "1", n.String(), "a failed Scan leaves the amount alone")
		}
	})

	t.Run("more than two decimals rejected", func(t *testing.T) {
		for _, v := range []string{"0.005", "300000.001", "1.5001"} {
			var n lnet.NOK
			err := st.db.QueryRowContext(ctx, `SELECT $1::NUMERIC`, v).Scan(&n)
			require.ErrorIs(t, err, lnet.ErrInvalidAmount, v)
			assert.Contains(t, err.Error(), `lnet: parsing NOK "`+v+`"`)
			assert.True(t, n.IsZero(), "nothing rounded, nothing guessed")
		}
	})

	t.Run("trailing zeros read exactly", func(t *testing.T) {
		var n lnet.NOK
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT '1.5000'::NUMERIC(10,4)`).Scan(&n))
		assert.Equal(t, "1.50", n.String())
	})

	t.Run("integer column", func(t *testing.T) {
		var n lnet.NOK
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT 650000::BIGINT`).Scan(&n))
		assert.Equal(t, "650000", n.String())
	})
}

// TestPostgresCodesAndEnums sends codes, schemes and enumerations through TEXT and back.
func TestPostgresCodesAndEnums(t *testing.T) {
	st := openTestStore(t)
	ctx := context.Background()

	// textOf returns what the server holds for v: its text, or "NULL".
	textOf := func(t *testing.T, v any) string {
		t.Helper()
		var s sql.NullString
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::TEXT`, v).Scan(&s))
		if !s.Valid {
			return "NULL"
		}
		return s.String
	}

	t.Run("municipality and county codes keep their leading zero", func(t *testing.T) {
		assert.Equal(t, "0301", textOf(t, lnet.MunicipalityCode(301)))
		assert.Equal(t, "03", textOf(t, lnet.CountyCode(3)))
		assert.Equal(t, "NULL", textOf(t, lnet.MunicipalityCode(0)))
		assert.Equal(t, "NULL", textOf(t, lnet.CountyCode(0)))

		var m lnet.MunicipalityCode
		var c lnet.CountyCode
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::TEXT, $2::TEXT`, lnet.MunicipalityCode(301), lnet.CountyCode(46)).Scan(&m, &c))
		assert.Equal(t, lnet.MunicipalityCode(301), m)
		assert.Equal(t, lnet.CountyCode(46), c)
		m, c = 1201, 12
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT NULL::TEXT, NULL::TEXT`).Scan(&m, &c))
		assert.Zero(t, m, "NULL scans as no municipality")
		assert.Zero(t, c, "NULL scans as no county")

		err := st.db.QueryRowContext(ctx, `SELECT '301'::TEXT`).Scan(&m)
		require.ErrorIs(t, err, lnet.ErrInvalidCode)
		assert.Contains(t, err.Error(), `parsing municipality code "301"`)
	})

	t.Run("schemes", func(t *testing.T) {
		assert.Equal(t, "self_initiated", textOf(t, lnet.SchemeSelfInitiated))
		assert.Equal(t, "foster_home", textOf(t, lnet.SchemeFosterHome))
		assert.Equal(t, "NULL", textOf(t, lnet.Scheme(0)))
		var s lnet.Scheme
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT 'foster_home'::TEXT`).Scan(&s))
		assert.Equal(t, lnet.SchemeFosterHome, s)
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT NULL::TEXT`).Scan(&s))
		assert.Equal(t, lnet.Scheme(0), s)
		err := st.db.QueryRowContext(ctx, `SELECT 'egeninitiert'::TEXT`).Scan(&s)
		require.ErrorIs(t, err, lnet.ErrInvalidScheme)
	})

	t.Run("enumerations", func(t *testing.T) {
		values := []any{lnet.RoleManagement, lnet.RoleStaff, lnet.PartnerKnowledgeCentre, lnet.PartnerBufetat,
			lnet.AimCompetence, lnet.BudgetExternalCompetence, lnet.English}
		texts := []string{"management", "staff", "knowledge_centre", "bufetat", "competence", "external_competence", "en"}
		for i, v := range values {
			assert.Equal(t, texts[i], textOf(t, v))
		}
		var (
			role     lnet.Role
			kind     lnet.PartnerKind
			aim      lnet.Aim
			category lnet.BudgetCategory
			lang     lnet.Language
		)
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::TEXT, $2::TEXT, $3::TEXT, $4::TEXT, $5::TEXT`,
			lnet.RoleStaff, lnet.PartnerBufetat, lnet.AimCompetence, lnet.BudgetExternalCompetence, lnet.English).
			Scan(&role, &kind, &aim, &category, &lang))
		assert.Equal(t, []any{lnet.RoleStaff, lnet.PartnerBufetat, lnet.AimCompetence, lnet.BudgetExternalCompetence, lnet.English},
			[]any{role, kind, aim, category, lang})
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT NULL::TEXT`).Scan(&role))
		assert.Zero(t, role, "NULL scans as an unset role")
		// The language has no unset value: NULL is an error, not bokmål by accident.
		err := st.db.QueryRowContext(ctx, `SELECT NULL::TEXT`).Scan(&lang)
		require.ErrorIs(t, err, lnet.ErrInvalidValue)
	})

	t.Run("ids", func(t *testing.T) {
		assert.Equal(t, "laeringsnettverk-hordaland", textOf(t, lnet.NetworkID("laeringsnettverk-hordaland")))
		assert.Equal(t, "NULL", textOf(t, lnet.MeasureID("")), "no measure is NULL, so a foreign key can check it")
		assert.Equal(t, "NULL", textOf(t, lnet.OfficeID("")))
		var (
			network lnet.NetworkID
			office  lnet.OfficeID
			measure lnet.MeasureID = "m1"
		)
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::TEXT, $2::TEXT, NULL::TEXT`, lnet.NetworkID("n"), lnet.OfficeID("vestland")).
			Scan(&network, &office, &measure))
		assert.Equal(t, lnet.NetworkID("n"), network)
		assert.Equal(t, lnet.OfficeID("vestland"), office)
		assert.Equal(t, lnet.MeasureID(""), measure)
		err := st.db.QueryRowContext(ctx, `SELECT ''::TEXT`).Scan(&network)
		require.ErrorIs(t, err, lnet.ErrInvalidValue)
		err = st.db.QueryRowContext(ctx, `SELECT 'Statsforvalteren i Vestland'::TEXT`).Scan(&office)
		require.ErrorIs(t, err, lnet.ErrInvalidCode)
		_, err = st.db.ExecContext(ctx, `SELECT $1::TEXT`, lnet.ServiceID(" os"))
		require.ErrorIs(t, err, lnet.ErrInvalidValue, "a malformed id is refused before it is sent")
	})
}

// TestPostgresDates sends calendar days through DATE and back.
func TestPostgresDates(t *testing.T) {
	st := openTestStore(t)
	ctx := context.Background()
	for _, d := range []date.Date{date.New(2018, 11, 1), date.New(2020, 2, 29), date.New(1970, 1, 1), date.New(1, 1, 1), lnet.OpenEnd} {
		t.Run(d.String(), func(t *testing.T) {
			var got date.Date
			var text string
			require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::DATE, to_char($1::DATE, 'YYYY-MM-DD')`, d).Scan(&got, &text))
			assert.Equal(t, d, got)
			assert.Equal(t, d.String(), text)
		})
	}

	t.Run("NULL", func(t *testing.T) {
		var isNull bool
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT $1::DATE IS NULL`, (*date.Date)(nil)).Scan(&isNull))
		assert.True(t, isNull, "a nil *date.Date is stored as NULL")

		d := date.New(2019, 12, 31)
		p := &d
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT NULL::DATE`).Scan(&p))
		assert.Nil(t, p, "NULL scans into a *date.Date as nil")

		var null sql.Null[date.Date]
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT NULL::DATE`).Scan(&null))
		assert.False(t, null.Valid)

		// date.Date itself leaves its value alone on NULL (rickb777/date's Scan), so a
		// nullable column must be read into *date.Date or sql.Null[date.Date], as the store does.
		plain := date.New(2019, 12, 31)
		require.NoError(t, st.db.QueryRowContext(ctx, `SELECT NULL::DATE`).Scan(&plain))
		assert.Equal(t, date.New(2019, 12, 31), plain)
	})
}
