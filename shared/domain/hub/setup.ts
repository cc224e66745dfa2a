import { z } from 'zod';
import { Id, IsoDate, OptionalEmail, OptionalPhone, requiredText } from '../common';

// The hub's set-up: floors with a plan, the spaces on them, opening hours, closed days and the branch's hub settings.

/** The kinds of space a hub offers. */
export const SpaceKind = z.enum(['desk', 'meeting_room', 'training_room', 'quiet_room']);
export type SpaceKind = z.infer<typeof SpaceKind>;

/** Labels for space kinds. */
export const SPACE_KIND_LABELS: Record<SpaceKind, string> = {
  desk: 'Desk',
  meeting_room: 'Meeting room',
  training_room: 'Training room',
  quiet_room: 'Quiet room (confidential calls)',
};

/** What a space has. */
export const Feature = z.enum(['screen', 'phone', 'wheelchairAccess', 'lockable']);
export type Feature = z.infer<typeof Feature>;

/** Labels for features. */
export const FEATURE_LABELS: Record<Feature, string> = {
  screen: 'Screen',
  phone: 'Phone',
  wheelchairAccess: 'Wheelchair access',
  lockable: 'Lockable',
};

/** The grid a floor plan is drawn on (and laid over an uploaded floor image): columns × rows of cells. */
export const GRID_MIN = 4;
/** The largest grid side. */
export const GRID_MAX = 60;

const gridSide = (label: string) =>
  z
    .number({ message: `Enter the number of ${label}` })
    .int(`Enter a whole number of ${label}`)
    .min(GRID_MIN, `A plan has at least ${GRID_MIN} ${label}`)
    .max(GRID_MAX, `A plan has at most ${GRID_MAX} ${label}`);

/** A floor as entered. */
export const FloorInput = z.object({
  id: Id.nullable().default(null),
  name: requiredText('a name for the floor', 60),
  /** Order in lists and on the kiosk (ground floor first). */
  position: z.number().int().min(0).max(99).default(0),
  gridColumns: gridSide('columns'),
  gridRows: gridSide('rows'),
});
export type FloorInput = z.input<typeof FloorInput>;

/** The media types a floor image may have (checked from the file's first bytes, never its name). */
export const FloorImageType = z.enum(['image/png', 'image/jpeg', 'image/svg+xml']);
export type FloorImageType = z.infer<typeof FloorImageType>;

/** A floor image may be at most 5 MB. */
export const FLOOR_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** A floor as read. The image itself comes from `hub.floorImage`. */
export const Floor = z.object({
  id: Id,
  name: z.string(),
  position: z.number().int(),
  gridColumns: z.number().int(),
  gridRows: z.number().int(),
  imageType: FloorImageType.nullable(),
  /** Changes whenever the image does, so a page can cache the image by it. */
  imageVersion: z.string().nullable(),
});
export type Floor = z.infer<typeof Floor>;

/** Uploading a floor image: the file as read by the page. */
export const FloorImageUpload = z.object({
  floorId: Id,
  fileName: requiredText('the file name', 200),
  contentBase64: z.string().min(1, 'Choose a file'),
});
export type FloorImageUpload = z.input<typeof FloorImageUpload>;

/** The features a space has, each yes or no. */
export const Features = z.object({
  screen: z.boolean().default(false),
  phone: z.boolean().default(false),
  wheelchairAccess: z.boolean().default(false),
  lockable: z.boolean().default(false),
});
export type Features = z.infer<typeof Features>;

/** Where a space sits on its floor's grid (cells, top-left origin). */
export const Placement = z.object({
  x: z.number().int('Enter a whole grid cell').min(0, 'A space starts inside the plan'),
  y: z.number().int('Enter a whole grid cell').min(0, 'A space starts inside the plan'),
  width: z.number().int().min(1, 'A space is at least one cell wide').max(GRID_MAX),
  height: z.number().int().min(1, 'A space is at least one cell high').max(GRID_MAX),
});
export type Placement = z.infer<typeof Placement>;

/** A space as entered. */
export const SpaceInput = z.object({
  id: Id.nullable().default(null),
  floorId: Id,
  name: requiredText('a name for the space', 60),
  kind: SpaceKind,
  capacity: z
    .number({ message: 'Enter how many people it seats' })
    .int()
    .min(1, 'A space seats at least 1')
    .max(200, 'A space seats at most 200'),
  features: Features.default({ screen: false, phone: false, wheelchairAccess: false, lockable: false }),
  placement: Placement,
});
export type SpaceInput = z.input<typeof SpaceInput>;

/** A space as read. */
export const Space = z.object({
  id: Id,
  floorId: Id,
  name: z.string(),
  kind: SpaceKind,
  capacity: z.number().int(),
  features: Features,
  placement: Placement,
});
export type Space = z.infer<typeof Space>;

/** Opening hours of one weekday (1 = Monday .. 7 = Sunday), in minutes of the London day; closed when not open. */
export const OpeningDay = z
  .object({
    weekday: z.number().int().min(1).max(7),
    open: z.boolean(),
    openMinute: z.number().int().min(0).max(1439),
    closeMinute: z.number().int().min(1).max(1440),
  })
  .superRefine((day, ctx) => {
    if (day.open && day.closeMinute <= day.openMinute)
      ctx.addIssue({ code: 'custom', path: ['closeMinute'], message: 'Closing time must be after opening time' });
  });
export type OpeningDay = z.infer<typeof OpeningDay>;

/** The week's opening hours, Monday first. */
export const OpeningHoursInput = z.object({
  days: z
    .array(OpeningDay)
    .length(7, 'Give the hours of all seven days')
    .superRefine((days, ctx) => {
      days.forEach((day, i) => {
        if (day.weekday !== i + 1)
          ctx.addIssue({ code: 'custom', path: [i, 'weekday'], message: 'List the days Monday to Sunday' });
      });
    }),
});
export type OpeningHoursInput = z.input<typeof OpeningHoursInput>;

/** A day the hub is closed (bank holiday, training day). */
export const ClosedDay = z.object({ date: IsoDate, reason: requiredText('a reason', 120) });
export type ClosedDay = z.infer<typeof ClosedDay>;

/** Closing the hub on a date; bookings on it are cancelled only when asked. */
export const ClosedDayInput = ClosedDay.extend({ cancelBookings: z.boolean().default(false) });
export type ClosedDayInput = z.input<typeof ClosedDayInput>;

/** The no-show window: a desk not checked in within this many minutes of its start is released. */
export const NO_SHOW_MINUTES_MIN = 15;
/** The longest no-show window. */
export const NO_SHOW_MINUTES_MAX = 60;

/** The branch's hub settings. */
export const HubSettings = z.object({
  noShowMinutes: z
    .number({ message: 'Enter the minutes' })
    .int()
    .min(NO_SHOW_MINUTES_MIN, `Choose from ${NO_SHOW_MINUTES_MIN} to ${NO_SHOW_MINUTES_MAX} minutes`)
    .max(NO_SHOW_MINUTES_MAX, `Choose from ${NO_SHOW_MINUTES_MIN} to ${NO_SHOW_MINUTES_MAX} minutes`),
  /** Shown at the kiosk before each sign-in: fire exits, Wi-Fi, confidentiality. */
  houseRules: requiredText('the house rules', 5000),
});
export type HubSettings = z.infer<typeof HubSettings>;

/** The settings a new hub starts with. */
export const DEFAULT_HUB_SETTINGS: HubSettings = {
  noShowMinutes: 30,
  houseRules:
    'Sign in when you arrive and sign out when you leave, so we know who is in the building in an emergency. ' +
    'Keep conversations about the people you support to the quiet room, and lock your screen when you step away.',
};

/** Everything a booking page or plan needs: floors, spaces, hours, closed days from today, settings. */
export const HubSetup = z.object({
  floors: z.array(Floor),
  spaces: z.array(Space),
  openingHours: z.array(OpeningDay),
  closedDays: z.array(ClosedDay),
  settings: HubSettings,
});
export type HubSetup = z.infer<typeof HubSetup>;

/** Removing a space: its bookings from today on are cancelled only when asked. */
export const RemoveSpaceInput = z.object({ id: Id, cancelBookings: z.boolean().default(false) });
export type RemoveSpaceInput = z.input<typeof RemoveSpaceInput>;

/** What a removal did. */
export const RemovalResult = z.object({ cancelledBookings: z.number().int() });
export type RemovalResult = z.infer<typeof RemovalResult>;

// Organisations and visitors

/** The kinds of visiting organisation (council-sync.md counts by these). */
export const OrganisationKind = z.enum([
  'nhs_community_nursing',
  'gp_practice',
  'council_social_work',
  'occupational_therapy',
  'mental_health',
  'voluntary_sector',
  'other',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/** Labels for organisation kinds. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  nhs_community_nursing: 'NHS community or district nursing',
  gp_practice: 'GP practice',
  council_social_work: 'Council social work',
  occupational_therapy: 'Occupational therapy',
  mental_health: 'Mental health team',
  voluntary_sector: 'Voluntary sector',
  other: 'Other',
};

/** A visiting organisation as entered, with its named contact. */
export const OrganisationInput = z.object({
  id: Id.nullable().default(null),
  name: requiredText('the organisation’s name', 120),
  kind: OrganisationKind,
  contactName: requiredText('the contact’s name', 120),
  contactEmail: OptionalEmail,
  contactPhone: OptionalPhone,
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

/** A visiting organisation as read. */
export const Organisation = z.object({
  id: Id,
  name: z.string(),
  kind: OrganisationKind,
  contactName: z.string(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  visitors: z.number().int(),
});
export type Organisation = z.infer<typeof Organisation>;

/** What removing an organisation did: its visitors stay (unable to book) and their bookings from today go. */
export const OrganisationRemoval = z.object({ visitors: z.number().int(), cancelledBookings: z.number().int() });
export type OrganisationRemoval = z.infer<typeof OrganisationRemoval>;

/** A visitor account as entered one by one. */
export const VisitorInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'Username must be at least 3 characters')
    .max(64, 'Username must be 64 characters or fewer')
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Username may use letters, digits, dots, dashes and underscores only'),
  displayName: requiredText('the visitor’s name', 120),
  organisationId: Id,
  email: OptionalEmail,
  phone: OptionalPhone,
});
export type VisitorInput = z.input<typeof VisitorInput>;

/** Changing a visitor's details or organisation. */
export const VisitorUpdate = VisitorInput.omit({ username: true }).extend({ accountId: Id });
export type VisitorUpdate = z.input<typeof VisitorUpdate>;

/** A visitor as managers see them. */
export const Visitor = z.object({
  accountId: Id,
  username: z.string(),
  displayName: z.string(),
  /** null for a visitor account made on the accounts page and not yet linked to an organisation. */
  organisationId: Id.nullable(),
  organisationName: z.string().nullable(),
  /** The organisation was removed: the visitor cannot book or sign in until moved to another. */
  organisationRemoved: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  disabled: z.boolean(),
});
export type Visitor = z.infer<typeof Visitor>;

/** The columns of a visitor import file (a header row names them; `username` may be left blank). */
export const VISITOR_CSV_COLUMNS = ['name', 'organisation', 'username', 'email', 'phone'] as const;

/** A visitor import: the CSV text, checked only when `dryRun`. */
export const VisitorImportInput = z.object({
  csv: z
    .string()
    .min(1, 'Choose a CSV file')
    .max(2 * 1024 * 1024, 'The file must be 2 MB or smaller'),
  dryRun: z.boolean().default(false),
});
export type VisitorImportInput = z.input<typeof VisitorImportInput>;

/** One refused cell of an import: spreadsheet row (the header is row 1), column and reason. */
export const VisitorImportProblem = z.object({ row: z.number().int(), column: z.string(), reason: z.string() });
export type VisitorImportProblem = z.infer<typeof VisitorImportProblem>;

/** The outcome of an import: every row or none; the temporary passwords of the accounts made, shown once. */
export const VisitorImportReport = z.object({
  imported: z.boolean(),
  rows: z.number().int(),
  problems: z.array(VisitorImportProblem),
  created: z.array(z.object({ accountId: Id, username: z.string(), temporaryPassword: z.string() })),
});
export type VisitorImportReport = z.infer<typeof VisitorImportReport>;
