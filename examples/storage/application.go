package main

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// saveApplication validates a and stores it with its budget lines in one transaction.
func (s *store) saveApplication(ctx context.Context, a lnet.Application) error {
	if err := a.Validate(); err != nil {
		return fmt.Errorf("storage: application %q: %w", a.ID, err)
	}
	useStart, useEnd := periodColumns(a.UsePeriod)
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO applications (id, network_id, project_id, scheme, year, office, requested, total_cost, submitted, use_start, use_end)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			a.ID, a.Network, a.Project, a.Scheme, a.Year, a.Office, a.Requested, a.TotalCost, a.Submitted, useStart, useEnd); err != nil {
			return fmt.Errorf("storage: saving application %q: %w", a.ID, err)
		}
		for i, l := range a.Budget {
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO budget_lines (application_id, position, category, description, cost, requested)
				 VALUES ($1, $2, $3, $4, $5, $6)`,
				a.ID, i, l.Category, l.Description, l.Cost, l.Requested); err != nil {
				return fmt.Errorf("storage: saving application %q, budget line %d: %w", a.ID, i, err)
			}
		}
		return nil
	})
}

// loadApplications reads the applications of a network, ordered by id.
func (s *store) loadApplications(ctx context.Context, network lnet.NetworkID) ([]lnet.Application, error) {
	args := []any{network}
	budgets := map[lnet.ApplicationID][]lnet.BudgetLine{}
	err := s.queryEach(ctx, "budget lines",
		`SELECT b.application_id, b.category, b.description, b.cost, b.requested
		 FROM budget_lines b JOIN applications a ON a.id = b.application_id
		 WHERE a.network_id = $1 ORDER BY b.application_id, b.position`, args,
		func(rows *sql.Rows) error {
			var id lnet.ApplicationID
			var l lnet.BudgetLine
			if err := rows.Scan(&id, &l.Category, &l.Description, &l.Cost, &l.Requested); err != nil {
				return err
			}
			budgets[id] = append(budgets[id], l)
			return nil
		})
	if err != nil {
		return nil, err
	}

	var out []lnet.Application
	err = s.queryEach(ctx, "applications",
		`SELECT id, network_id, project_id, scheme, year, office, requested, total_cost, submitted, use_start, use_end
		 FROM applications WHERE network_id = $1 ORDER BY id`, args,
		func(rows *sql.Rows) error {
			var a lnet.Application
			var useStart, useEnd *date.Date
			if err := rows.Scan(&a.ID, &a.Network, &a.Project, &a.Scheme, &a.Year, &a.Office,
				&a.Requested, &a.TotalCost, &a.Submitted, &useStart, &useEnd); err != nil {
				return err
			}
			period, err := periodOf(useStart, useEnd)
			if err != nil {
				return fmt.Errorf("application %q: use period: %w", a.ID, err)
			}
			a.UsePeriod = period
			a.Budget = budgets[a.ID]
			if err := a.Validate(); err != nil {
				return fmt.Errorf("application %q as stored: %w", a.ID, err)
			}
			out = append(out, a)
			return nil
		})
	return out, err
}
