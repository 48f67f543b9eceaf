export { ErrorSummary, type FieldError } from "./ErrorSummary";
export { TextInput, Textarea, Select, Radios, type Option } from "./fields";
export { DateField } from "./DateField";
export { Tag, SummaryList, Button, NotificationBanner, WarningText, Table, type TagColour } from "./misc";
