export { ErrorSummary, type FieldError } from "./ErrorSummary";
export { TextInput, Textarea, Select, Radios, type Option } from "./fields";
export { DateField } from "./DateField";
export { CursorPagination, useCursorPage } from "./CursorPagination";
export { Tag, SummaryList, Button, NotificationBanner, WarningText, Table, type TagColour } from "./misc";
