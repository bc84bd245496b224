import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { peopleDeps } from '../people';
import { leaveBack, leaveOut, endCritical, markCritical } from './absences';
import { admit } from './admission';
import { buildBoard } from './board';
import type { BedsDeps } from './deps';
import { closeBed, facility, reopenBed, setupRooms, updateRoom } from './facility-service';
import { bedHistory, freeBeds, personResidence } from './history';
import { discharge, moveBed } from './stay-changes';

export function bedsHandlers(ctx: HandlerContext): FeatureHandlers<'beds'> {
  const deps: BedsDeps = { store: ctx.store, actor: ctx.actor, now: ctx.now, people: peopleDeps(ctx) };
  const core = () => ctx.store().core;
  return {
    'beds.facility': () => Promise.resolve(facility(deps)),
    'beds.setupRooms': (input) => setupRooms(deps, input),
    'beds.updateRoom': (input) => updateRoom(deps, input),
    'beds.closeBed': (input) => closeBed(deps, input),
    'beds.reopenBed': (input) => reopenBed(deps, input),
    'beds.admit': (input) => admit(deps, input),
    'beds.move': (input) => moveBed(deps, input),
    'beds.leaveOut': (input) => leaveOut(deps, input),
    'beds.leaveBack': (input) => leaveBack(deps, input),
    'beds.discharge': (input) => discharge(deps, input),
    'beds.markCritical': (input) => markCritical(deps, input),
    'beds.endCritical': (input) => endCritical(deps, input),
    'beds.board': ({ date }) => Promise.resolve(buildBoard(core(), date)),
    'beds.bedHistory': ({ bedId }) => Promise.resolve(bedHistory(core(), bedId)),
    'beds.personHistory': ({ personId }) => Promise.resolve(personResidence(core(), personId)),
    'beds.freeBeds': ({ date, personId }) => Promise.resolve(freeBeds(core(), date, personId)),
  };
}
