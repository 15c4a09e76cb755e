import { registerEnumType } from 'type-graphql';

/** Where a lead came from. */
export enum LeadSource {
  PARTNER = 'PARTNER',
  CLOUD = 'CLOUD',
}

/** (design) 线索状态: NEW → FOLLOWING_UP → CONVERTED / CLOSED (a NEW lead may also be converted or closed at once). */
export enum LeadStatus {
  NEW = 'NEW',
  FOLLOWING_UP = 'FOLLOWING_UP',
  CONVERTED = 'CONVERTED',
  CLOSED = 'CLOSED',
}

/** (design) Why a lead was closed without converting. */
export enum LeadCloseReason {
  NO_DEMAND = 'NO_DEMAND',
  UNREACHABLE = 'UNREACHABLE',
  CHOSE_COMPETITOR = 'CHOSE_COMPETITOR',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}

/** The outcome a follow-up may end a lead with. */
export enum LeadOutcome {
  CONVERTED = 'CONVERTED',
  CLOSED = 'CLOSED',
}

/** 外呼: where an outbound-call request stands. */
export enum LeadCallStatus {
  REQUESTED = 'REQUESTED',
  CONNECTED = 'CONNECTED',
  NOT_CONNECTED = 'NOT_CONNECTED',
}

/** How the platform's call ended (completeLeadCall). */
export enum LeadCallResult {
  CONNECTED = 'CONNECTED',
  NOT_CONNECTED = 'NOT_CONNECTED',
}

registerEnumType(LeadSource, {
  name: 'LeadSource',
  description: 'Where a lead came from.',
  valuesConfig: {
    PARTNER: { description: '新建线索: created by a member of the partner (createLead).' },
    CLOUD: { description: '已派发线索: dispatched to the partner by a cloud operator (dispatchLead, ops:lead).' },
  },
});

registerEnumType(LeadStatus, {
  name: 'LeadStatus',
  description:
    '(design) 线索状态. NEW (待跟进) → FOLLOWING_UP (跟进中, on the first follow-up record) → CONVERTED (已转化) or CLOSED (已关闭, with a LeadCloseReason). CONVERTED and CLOSED are final.',
  valuesConfig: {
    NEW: { description: '待跟进: nobody has recorded a follow-up yet.' },
    FOLLOWING_UP: { description: '跟进中: at least one follow-up record.' },
    CONVERTED: { description: '已转化: the lead became a customer or an opportunity; final.' },
    CLOSED: { description: '已关闭: given up, with a reason (closeReason); final.' },
  },
});

registerEnumType(LeadCloseReason, {
  name: 'LeadCloseReason',
  description: '(design) Why a lead was closed (关闭原因).',
  valuesConfig: {
    NO_DEMAND: { description: '客户无需求.' },
    UNREACHABLE: { description: '无法联系到客户.' },
    CHOSE_COMPETITOR: { description: '客户选择了其他厂商.' },
    DUPLICATE: { description: '重复线索.' },
    OTHER: { description: '其他 (say which in the note).' },
  },
});

registerEnumType(LeadOutcome, {
  name: 'LeadOutcome',
  description: 'The final status a follow-up (followUpLead) may move a lead to.',
  valuesConfig: {
    CONVERTED: { description: '已转化.' },
    CLOSED: { description: '已关闭: closeReason required.' },
  },
});

registerEnumType(LeadCallStatus, {
  name: 'LeadCallStatus',
  description: '外呼: an outbound call the platform places for the partner (the number never reaches the partner).',
  valuesConfig: {
    REQUESTED: { description: '已申请: waiting for the platform to place the call.' },
    CONNECTED: { description: '已接通: the platform connected the member and the lead’s contact.' },
    NOT_CONNECTED: { description: '未接通: no answer or the number failed; the member may request again.' },
  },
});

registerEnumType(LeadCallResult, {
  name: 'LeadCallResult',
  description: 'How the platform’s outbound call ended (completeLeadCall).',
  valuesConfig: {
    CONNECTED: { description: '已接通.' },
    NOT_CONNECTED: { description: '未接通.' },
  },
});
