import { Field, InputType } from 'type-graphql';

@InputType({ description: '专属优惠: share a cloud-store product link.' })
export class ShareExclusiveOfferInput {
  @Field(() => String, { description: 'The product code (Partner.exclusiveOfferProducts).' })
  productCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A customer’s cloud-store order through a partner’s exclusive-offer link.' })
export class PlaceExclusiveOfferOrderInput {
  @Field(() => String, { description: 'The link’s token (the offer= parameter of its url).' })
  token!: string;
}
