export { ErrorSummary, type FieldError } from "./ErrorSummary";
export { TextInput, Textarea, Select, Radios, DateField, type Option } from "./fields";
export { Tag, SummaryList, Button, NotificationBanner, WarningText, Table, type TagColour } from "./misc";
