import { registerEnumType } from 'type-graphql';

/** The four parts of a member's personal qualifications (个人资质, seed 000). */
export enum QualificationKind {
  EMPLOYMENT = 'EMPLOYMENT',
  CERTIFICATE = 'CERTIFICATE',
  TRAINING = 'TRAINING',
  PROJECT = 'PROJECT',
}

export enum SpecialistApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum SpecialistDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(QualificationKind, {
  name: 'QualificationKind',
  description: 'Which part of the personal qualifications (个人资质) an entry belongs to.',
  valuesConfig: {
    EMPLOYMENT: { description: '就职信息: a position held (organisation, title, from–to).' },
    CERTIFICATE: { description: '证书: a certificate obtained (issuer, title, date obtained, valid until).' },
    TRAINING: { description: '培训: a training attended (provider, course, from–to).' },
    PROJECT: { description: '项目: a project delivered (customer or organisation, role, from–to).' },
  },
});
registerEnumType(SpecialistApplicationStatus, {
  name: 'SpecialistApplicationStatus',
  description: 'State of a project-specialist application (项目专员).',
  valuesConfig: {
    SUBMITTED: { description: 'Sent with the résumé; waits for the cloud’s assessment.' },
    APPROVED: { description: 'Assessed and accepted: the member is a project specialist of the partner.' },
    REJECTED: { description: 'Assessed and refused; the assessment says why. A new application may follow.' },
  },
});
registerEnumType(SpecialistDecision, {
  name: 'SpecialistDecision',
  description: 'An operator’s assessment of a project-specialist application.',
  valuesConfig: {
    APPROVE: { description: 'Accept: SUBMITTED → APPROVED.' },
    REJECT: { description: 'Refuse: SUBMITTED → REJECTED; needs an assessment text.' },
  },
});
