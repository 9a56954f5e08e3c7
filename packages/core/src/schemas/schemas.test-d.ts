import { describe, expectTypeOf, it } from 'vitest';
import type {
  Area,
  AreaLevel,
  Dataset,
  DatasetDocument,
  Indicator,
  Locale,
  LocalizedText,
  MessageKey,
  Observation,
  ObservationStatus,
  ParseError,
  Result,
  Target,
} from '../index.js';
import { msg, normalizeAreaCode, parseDataset, parsePeriod } from '../index.js';

describe('inferred types of the main schemas', () => {
  it('LocalizedText requires fi only', () => {
    expectTypeOf<LocalizedText>().toEqualTypeOf<{
      fi: string;
      sv?: string | undefined;
      en?: string | undefined;
    }>();
  });

  it('closed unions stay closed', () => {
    expectTypeOf<Locale>().toEqualTypeOf<'fi' | 'sv' | 'en'>();
    expectTypeOf<ObservationStatus>().toEqualTypeOf<
      'final' | 'provisional' | 'estimate' | 'suppressed' | 'missing'
    >();
    expectTypeOf<AreaLevel>().toEqualTypeOf<
      | 'country'
      | 'region'
      | 'sub-region'
      | 'municipality'
      | 'wellbeing-county'
      | 'employment-area'
      | 'ely-centre'
      | 'elinvoimakeskus'
      | 'provider'
    >();
    expectTypeOf<Indicator['direction']>().toEqualTypeOf<
      'higher-is-better' | 'lower-is-better' | 'target-is-best' | 'neutral'
    >();
    expectTypeOf<Indicator['frequency']>().toEqualTypeOf<'day' | 'month' | 'quarter' | 'year'>();
  });

  it('Indicator, Area, Target and Observation have the documented fields', () => {
    expectTypeOf<Indicator>().toHaveProperty('id').toEqualTypeOf<string>();
    expectTypeOf<Indicator['decimals']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Indicator['suppressBelow']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Area>().toEqualTypeOf<{ code: string; level: AreaLevel; label: LocalizedText }>();
    expectTypeOf<Target['tolerance']>().toEqualTypeOf<
      { kind: 'absolute' | 'relative'; value: number } | undefined
    >();
    expectTypeOf<Target['example']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Observation>().toEqualTypeOf<{
      indicator: string;
      area: string;
      period: string;
      value: number | null;
      status: ObservationStatus;
      note?: string | undefined;
    }>();
  });

  it('DatasetDocument takes column-wise or row-wise observations', () => {
    expectTypeOf<DatasetDocument['format']>().toEqualTypeOf<'mittari/1'>();
    expectTypeOf<DatasetDocument['observations']>().extract<unknown[]>().not.toBeNever();
    expectTypeOf<DatasetDocument['observations']>()
      .exclude<unknown[]>()
      .toHaveProperty('value')
      .toEqualTypeOf<(number | null)[]>();
  });
});

describe('function signatures', () => {
  it('parsers return Results and never a bare value', () => {
    expectTypeOf(parseDataset).returns.toEqualTypeOf<Result<Dataset>>();
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<Result<string>>();
    expectTypeOf<Extract<Result<Dataset>, { success: false }>['error']>().toEqualTypeOf<ParseError>();
    expectTypeOf(normalizeAreaCode).returns.toEqualTypeOf<
      Result<{ readonly code: string; readonly level: AreaLevel }>
    >();
  });

  it('msg only takes catalogue keys', () => {
    expectTypeOf(msg).parameter(0).toEqualTypeOf<MessageKey>();
    expectTypeOf<'table.show'>().toExtend<MessageKey>();
    expectTypeOf<'no.such.key'>().not.toExtend<MessageKey>();
  });
});
