import { procedure } from '../procedure';
import { EditHistory, EditStepInput, EditStepResult } from '@shared/domain/rota-board/edit-history';

/** Undo and redo of each coordinator's own edits to a draft week, kept in the store so they survive a reload. */
export const rotaEditProcedures = {
  'rota.editHistory': procedure({
    summary: 'What the caller’s Undo and Redo would do on a draft week now, in words.',
    input: EditStepInput,
    output: EditHistory,
    roles: ['manager', 'coordinator'],
  }),
  'rota.undo': procedure({
    summary: 'Undo the caller’s last edit to a draft week; refused if its visits have changed since.',
    input: EditStepInput,
    output: EditStepResult,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.redo': procedure({
    summary: 'Redo the caller’s last undone edit of a draft week; refused if its visits have changed since.',
    input: EditStepInput,
    output: EditStepResult,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
};
