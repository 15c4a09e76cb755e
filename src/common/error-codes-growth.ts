/**
 * The error codes of marketing tasks and exclusive offers, the growth showcase (certificates, cloud
 * labs, solutions) and members' self-service, spread into ERROR_CODES (error-codes.ts) so that file
 * stays within its length.
 */
export const GROWTH_ERROR_CODES = {
  MARKETING_TASK_NOT_FOUND:
    'handleMarketingTask: no marketing task with that id in your row scope (another partner’s, or assigned to an account manager you do not supervise).',
  MARKETING_TASK_STATUS_INVALID:
    'handleMarketingTask: the task is not in a status the step starts from (START from PENDING; COMPLETE from PENDING or IN_PROGRESS), e.g. a step taken twice; nothing changed. `message` names the current status.',
  MARKETING_TASK_EXPIRED:
    'handleMarketingTask: the task is EXPIRED, or its dueAt has passed (the expiry job has not run yet); it can no longer be handled.',
  MARKETING_TASK_RESULT_REQUIRED: 'handleMarketingTask: COMPLETE needs input.result.',
  MARKETING_TASK_RESULT_NOT_ALLOWED: 'handleMarketingTask: START takes no result (a result is recorded on COMPLETE).',
  MARKETING_TASK_NOTE_TOO_LONG: 'handleMarketingTask: the note has more than 500 characters.',
  MARKETING_TASK_CUSTOMER_NOT_FOUND:
    'dispatchMarketingTask: no customer with that id is associated with a partner (unknown or unbound).',
  MARKETING_TASK_TITLE_INVALID: 'dispatchMarketingTask: the title must be 1–200 characters.',
  MARKETING_TASK_DUE_INVALID: 'dispatchMarketingTask: dueAt must be in the future.',
  MARKETING_TASK_RESOURCES_REQUIRED:
    'dispatchMarketingTask: a big-deal renewal task (BIG_DEAL_RENEWAL) names 1–50 of the customer’s resources.',
  MARKETING_TASK_RESOURCE_NOT_FOUND: 'dispatchMarketingTask: a resource id is not one of the customer’s resources.',
  EXCLUSIVE_OFFER_NOT_IN_PLAN:
    'shareExclusiveOffer: your partner has not joined the cloud-store customer-service-provider plan (云商店客户服务商计划); only its partners share exclusive offers (专属优惠).',
  EXCLUSIVE_OFFER_PRODUCT_NOT_FOUND:
    'shareExclusiveOffer: no cloud-store product with that code (Partner.exclusiveOfferProducts).',
  EXCLUSIVE_OFFER_LINK_NOT_FOUND: 'placeExclusiveOfferOrder: no exclusive-offer link with that token.',
  EXCLUSIVE_OFFER_LINK_INACTIVE:
    'placeExclusiveOfferOrder: the link’s partner left the cloud-store customer-service-provider plan; its links no longer place orders.',
  // Growth showcase (计划证书, 云实验, 解决方案).
  CERTIFICATE_NOT_HOLDER:
    'GET /program-certificates/{id}.pdf (HTTP 403): only the account that joined the program downloads its certificate; the partner’s other members may view its details (ProgramCertificate).',
  SOLUTION_NAME_INVALID: 'createSolution: the name must be 1–100 characters after trimming.',
  SOLUTION_NAME_TAKEN:
    'createSolution: (design) your partner already has a solution of that name; names are unique per partner.',
  SOLUTION_DESCRIPTION_TOO_LONG: 'createSolution: the description has more than 1000 characters.',
  SOLUTION_NOT_FOUND:
    'moveSolution, reviewSolution: no solution with that id is visible to you (other partners’ ids answer the same).',
  SOLUTION_STATUS_INVALID:
    'moveSolution, reviewSolution: `to` is not the next status after the solution’s current one (or it moved meanwhile; the lifecycle is 立项完成 → 方案验证完成 → 方案设计中 → 联合销售商品上架中 → 配置器开发中 → 配置器开发完成).',
  SOLUTION_STEP_NOT_YOURS:
    'moveSolution, reviewSolution: the next step is the other side’s (方案验证 and 联合销售商品上架 are the cloud’s, the others the partner’s).',
  CLOUD_LAB_NOT_FOUND: 'applyCloudLab: no lab of the catalogue has that id.',
  CLOUD_LAB_PURPOSE_INVALID: 'applyCloudLab: the purpose (申请理由) must be 1–200 characters after trimming.',
  CLOUD_LAB_HOURS_OUT_OF_RANGE: 'applyCloudLab: plannedHours must be from 1 to the lab’s maxHours.',
  CLOUD_LAB_ALREADY_PENDING:
    'applyCloudLab: (design) you already have a pending application for this lab; wait for the decision.',
  CLOUD_LAB_APPLICATION_NOT_FOUND: 'handleCloudLabApplication: no cloud-lab application with that id.',
  CLOUD_LAB_APPLICATION_HANDLED:
    'handleCloudLabApplication: the application is no longer pending (another operator decided it); nothing changed.',
  CLOUD_LAB_REASON_REQUIRED: 'handleCloudLabApplication: a rejection needs a reason (驳回原因).',
  CLOUD_LAB_REASON_TOO_LONG: 'handleCloudLabApplication: the reason has more than 200 characters.',
  // Members' self-service (acceptMemberInvitation, updateMyAccount, changeMyPassword, qualifications, specialists).
  MEMBER_INVITATION_NOT_FOUND:
    'acceptMemberInvitation: no member invitation has this token (a wrong or mistyped token; invitations sent before tokens existed have none).',
  MEMBER_INVITATION_EXPIRED:
    'acceptMemberInvitation: the invitation lapsed (7 days after it was sent) before it was accepted.',
  MEMBER_INVITATION_USED:
    'acceptMemberInvitation: the invitation was already accepted (also when a concurrent request accepted it first); sign in with the account created then.',
  MEMBER_INVITATION_CANCELLED: 'acceptMemberInvitation: the partner withdrew the invitation (cancelInvitation).',
  MEMBER_INVITATION_ROLES_GONE:
    'acceptMemberInvitation: every role the invitation gives was deleted since it was sent; the partner sends a new invitation.',
  INVITATION_TARGET_MISMATCH:
    'acceptMemberInvitation: an ACCOUNT_NAME invitation is accepted with the invited account name as loginName.',
  LOGIN_NAME_TAKEN:
    'acceptMemberInvitation: a member already signs in with this login name (also when a concurrent acceptance took it first).',
  DISPLAY_NAME_INVALID: 'acceptMemberInvitation / updateMyAccount: a display name has 1–100 characters once trimmed.',
  CONTACT_REQUIRED:
    'updateMyAccount: a member keeps an email or a mobile (verification codes go there); clearing the last one is refused.',
  WRONG_PASSWORD: 'changeMyPassword: the current password given is wrong; nothing changed and the code is not used.',
  PASSWORD_UNCHANGED: 'changeMyPassword: the new password is the current one.',
  QUALIFICATION_NOT_FOUND:
    'saveMyQualification / deleteMyQualification: none of your own qualification entries has this id (a colleague’s answers the same).',
  QUALIFICATION_TITLE_INVALID: 'saveMyQualification: the title has 1–200 characters once trimmed.',
  QUALIFICATION_TEXT_TOO_LONG: 'saveMyQualification: organisation (200) or description (1000) is longer than allowed.',
  QUALIFICATION_DATES_INVALID:
    'saveMyQualification: a date is not YYYY-MM-DD (a real day), startedOn lies in the future, or endedOn is before startedOn.',
  QUALIFICATION_LIMIT: 'saveMyQualification: a member keeps at most 50 qualification entries; remove one first.',
  RESUME_INVALID: 'applyForProjectSpecialist: the résumé has 20–5000 characters once trimmed.',
  SPECIALIST_APPLICATION_OPEN:
    'applyForProjectSpecialist: the member already has a SUBMITTED application waiting for its assessment.',
  ALREADY_SPECIALIST:
    'applyForProjectSpecialist: the member is already an approved project specialist of your partner.',
  SPECIALIST_APPLICATION_NOT_FOUND: 'assessSpecialistApplication: no project-specialist application has this id.',
  SPECIALIST_APPLICATION_NOT_SUBMITTED:
    'assessSpecialistApplication: the application was already assessed (APPROVED or REJECTED); `message` names its state.',
  ASSESSMENT_REQUIRED: 'assessSpecialistApplication: a rejection needs an assessment text saying why.',
  ASSESSMENT_TOO_LONG: 'assessSpecialistApplication: the assessment has more than 1000 characters.',
} as const;
