import { registerEnumType } from 'type-graphql';

export enum ChargingMode {
  PERIODIC = 1,
  ON_DEMAND = 3,
  RESERVED_INSTANCE = 10,
}

export enum BillDetailType {
  NEW = 1,
  RENEWAL = 2,
  CHANGE = 3,
  UNSUBSCRIBE = 4,
  USAGE = 5,
  AUTO_RENEWAL = 8,
}

registerEnumType(ChargingMode, {
  name: 'ChargingMode',
  description: 'How a consumption was charged (platform codes).',
  valuesConfig: {
    PERIODIC: { description: '1: yearly/monthly.' },
    ON_DEMAND: { description: '3: on-demand.' },
    RESERVED_INSTANCE: { description: '10: reserved instance.' },
  },
});
registerEnumType(BillDetailType, {
  name: 'BillDetailType',
  description: 'What a consumption record was for (platform codes).',
  valuesConfig: {
    NEW: { description: '1: new purchase.' },
    RENEWAL: { description: '2: renewal.' },
    CHANGE: { description: '3: change.' },
    UNSUBSCRIBE: { description: '4: unsubscribe.' },
    USAGE: { description: '5: usage.' },
    AUTO_RENEWAL: { description: '8: auto-renewal.' },
  },
});
