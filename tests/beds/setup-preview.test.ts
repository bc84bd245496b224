import { describe, expect, it } from 'vitest';
import { setupPreview } from '../../renderer/src/features/beds/setup/setup-preview';

describe('bulk setup preview', () => {
  it('counts rooms and beds and names the first and last bed as the core will', () => {
    expect(setupPreview({ firstRoom: 101, lastRoom: 120, bedsPerRoom: 2, maxRooms: 200 })).toEqual({
      rooms: 20,
      beds: 40,
      firstBed: '101-1',
      lastBed: '120-2',
    });
  });

  it('shows one room when first and last are the same', () => {
    expect(setupPreview({ firstRoom: 301, lastRoom: 301, bedsPerRoom: 4, maxRooms: 200 })).toEqual({
      rooms: 1,
      beds: 4,
      firstBed: '301-1',
      lastBed: '301-4',
    });
  });

  it('shows nothing while a number is missing, reversed or beyond the limits', () => {
    expect(setupPreview({ firstRoom: 101, lastRoom: null, bedsPerRoom: 2, maxRooms: 200 })).toBeNull();
    expect(setupPreview({ firstRoom: 120, lastRoom: 101, bedsPerRoom: 2, maxRooms: 200 })).toBeNull();
    expect(setupPreview({ firstRoom: 101, lastRoom: 1200, bedsPerRoom: 2, maxRooms: 200 })).toBeNull();
    expect(setupPreview({ firstRoom: 101, lastRoom: 102, bedsPerRoom: 0, maxRooms: 200 })).toBeNull();
    expect(setupPreview({ firstRoom: 101, lastRoom: 102, bedsPerRoom: 1.5, maxRooms: 200 })).toBeNull();
  });
});
