package main

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/laeringsnettverk/sdk/lnet"
)

// saveGrant validates g and stores it.
func (s *store) saveGrant(ctx context.Context, g lnet.Grant) error {
	if err := g.Validate(); err != nil {
		return fmt.Errorf("storage: grant %q: %w", g.ID, err)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO grants (id, application_id, office, scheme, year, amount, decided, spend_by, report_by)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			g.ID, g.Application, g.Office, g.Scheme, g.Year, g.Amount, g.Decided, g.SpendBy, g.ReportBy); err != nil {
			return fmt.Errorf("storage: saving grant %q: %w", g.ID, err)
		}
		return nil
	})
}

// loadGrants reads the grants made to the applications of a network, ordered by id.
func (s *store) loadGrants(ctx context.Context, network lnet.NetworkID) ([]lnet.Grant, error) {
	var out []lnet.Grant
	err := s.queryEach(ctx, "grants",
		`SELECT g.id, g.application_id, g.office, g.scheme, g.year, g.amount, g.decided, g.spend_by, g.report_by
		 FROM grants g JOIN applications a ON a.id = g.application_id
		 WHERE a.network_id = $1 ORDER BY g.id`, []any{network},
		func(rows *sql.Rows) error {
			var g lnet.Grant
			if err := rows.Scan(&g.ID, &g.Application, &g.Office, &g.Scheme, &g.Year, &g.Amount,
				&g.Decided, &g.SpendBy, &g.ReportBy); err != nil {
				return err
			}
			if err := g.Validate(); err != nil {
				return fmt.Errorf("grant %q as stored: %w", g.ID, err)
			}
			out = append(out, g)
			return nil
		})
	return out, err
}
