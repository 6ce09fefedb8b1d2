import { describe, expect, it } from 'vitest'
import { growthAreasToOffer } from './growthAreas'

describe('growth areas offered as goals', () => {
  it('offers each line that is not yet a goal, without its list marker, once', () => {
    const text = '- Lead a design review\n* Give a talk\n\n1. Negotiate  budgets\nGive a talk'
    expect(growthAreasToOffer(text, ['lead a DESIGN review'])).toEqual(['Give a talk', 'Negotiate budgets'])
  })

  it('offers nothing without growth areas, and not a paragraph too long for a title', () => {
    expect(growthAreasToOffer(null, [])).toEqual([])
    expect(growthAreasToOffer('x'.repeat(201), [])).toEqual([])
  })
})
