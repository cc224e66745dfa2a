import { z } from 'zod';
import { RotaInstance } from '@shared/domain/rota/instance';
import { RotaPlan } from '@shared/domain/rota/plan';

/**
 * JSON Schemas of the instance and plan file formats, generated from the zod schemas (input shape: defaults
 * optional).
 */
export function rotaJsonSchemas(): Record<string, unknown> {
  return {
    'rota-instance.schema.json': {
      title: 'Neighbourhood Hub rota planner instance',
      ...z.toJSONSchema(RotaInstance, { io: 'input', unrepresentable: 'any' }),
    },
    'rota-plan.schema.json': {
      title: 'Neighbourhood Hub rota plan',
      ...z.toJSONSchema(RotaPlan, { io: 'input', unrepresentable: 'any' }),
    },
  };
}
