/** The two versions of the public form: the one for everyone, and the one written for children and young people. */
import { PublicFeedbackKind, PublicFormVersion, PublicWriter } from "../../graphql/generated/graphql";

/** The form's versions, kinds and writers are the schema's enums (one source). */
export type FormVersion = PublicFormVersion;
export type Kind = PublicFeedbackKind;
export type Writer = PublicWriter;

/** Size limits, the same as the gateway's (apps/gateway/src/public/public-limits.ts). */
export const LIMITS = { summary: 5000, outcomeSought: 2000, name: 200, email: 320, childName: 200 } as const;

interface Wording {
  title: string;
  intro: string[];
  kindQuestion: string;
  kinds: Record<Kind, { label: string; hint: string }>;
  writerQuestion: string;
  writers: Record<Writer, string>;
  summaryLabel: Record<Kind, string>;
  summaryHint: string;
  outcomeLabel: string;
  outcomeHint: string;
  childNameLabel: string;
  contactHeading: string;
  contactHint: string;
  nameLabel: string;
  emailLabel: string;
  emailHint: string;
  phoneLabel: string;
  advocateQuestion: string;
  advocateHint: string;
  checkTitle: string;
  send: string;
  doneTitle: string;
  doneBody: string;
  next: string[];
}

export const WORDING: Record<FormVersion, Wording> = {
  [PublicFormVersion.General]: {
    title: "Send a complaint, compliment or comment",
    intro: [
      "Tell us about children's social care: something that went wrong, something that went well, or an idea.",
      "It takes about 10 minutes. You do not need an account.",
    ],
    kindQuestion: "What would you like to send?",
    kinds: {
      [PublicFeedbackKind.Complaint]: { label: "A complaint", hint: "Something has gone wrong and you want it put right" },
      [PublicFeedbackKind.Compliment]: { label: "A compliment", hint: "Something or someone was good" },
      [PublicFeedbackKind.Comment]: { label: "A comment", hint: "An idea or a view about the service" },
    },
    writerQuestion: "Who are you?",
    writers: {
      [PublicWriter.ChildOrYoungPerson]: "I am a child or young person",
      [PublicWriter.ParentOrCarer]: "I am a parent or carer",
      [PublicWriter.SomeoneElse]: "Someone else",
    },
    summaryLabel: {
      [PublicFeedbackKind.Complaint]: "What happened?",
      [PublicFeedbackKind.Compliment]: "What went well?",
      [PublicFeedbackKind.Comment]: "What would you like to tell us?",
    },
    summaryHint: "Include dates and the names of teams or workers if you know them. You can write up to 5,000 characters.",
    outcomeLabel: "What would you like to happen? (optional)",
    outcomeHint: "For example, an apology, a meeting or a change to a decision.",
    childNameLabel: "Name of the child or young person it is about (optional)",
    contactHeading: "How can we contact you?",
    contactHint: "We will only use these to reply to you. Leave them empty to stay anonymous, but then we cannot reply.",
    nameLabel: "Your name (optional)",
    emailLabel: "Email address (optional)",
    emailHint: "We will send your reference to this address.",
    phoneLabel: "Phone number (optional)",
    advocateQuestion: "Would you like an advocate?",
    advocateHint:
      "An advocate is someone independent of the council who helps children and young people say what they want and makes sure they are listened to. It is free.",
    checkTitle: "Check your answers before sending",
    send: "Send",
    doneTitle: "Sent",
    doneBody: "Your reference is",
    next: [
      "Keep your reference. Quote it if you contact us.",
      "We will contact you within a few working days if you gave us your details.",
      "If it is a complaint, we will tell you who is looking into it and when you will get an answer.",
    ],
  },
  [PublicFormVersion.YoungPeople]: {
    title: "Tell us what you think",
    intro: [
      "You can tell us if something is wrong, if something is good, or if you have an idea.",
      "You will not get into trouble for telling us.",
      "You can ask for an advocate to help you. An advocate is someone on your side who does not work for the council. It is free.",
      "If you are in danger now, call 999. If you want to talk to someone now, you can call Childline free on 0800 1111.",
    ],
    kindQuestion: "What do you want to tell us?",
    kinds: {
      [PublicFeedbackKind.Complaint]: { label: "Something is wrong", hint: "You are unhappy and want it to be put right" },
      [PublicFeedbackKind.Compliment]: { label: "Something is good", hint: "You want to say thank you" },
      [PublicFeedbackKind.Comment]: { label: "I have an idea", hint: "You want to tell us what you think" },
    },
    writerQuestion: "Who are you?",
    writers: {
      [PublicWriter.ChildOrYoungPerson]: "I am a child or young person",
      [PublicWriter.ParentOrCarer]: "I am a parent or carer",
      [PublicWriter.SomeoneElse]: "I am helping a child or young person",
    },
    summaryLabel: {
      [PublicFeedbackKind.Complaint]: "What is wrong?",
      [PublicFeedbackKind.Compliment]: "What is good?",
      [PublicFeedbackKind.Comment]: "What is your idea?",
    },
    summaryHint: "Say it in your own words. You can write as much or as little as you like.",
    outcomeLabel: "What would make it better? (you do not have to answer)",
    outcomeHint: "For example: to see my social worker more, or to be told what is happening.",
    childNameLabel: "Name of the child or young person (you do not have to answer)",
    contactHeading: "How can we get back to you?",
    contactHint: "We will only use this to talk to you about what you told us. You do not have to give it, but then we cannot get back to you.",
    nameLabel: "Your name (you do not have to answer)",
    emailLabel: "Your email address (you do not have to answer)",
    emailHint: "We will send you your reference number.",
    phoneLabel: "Your phone number (you do not have to answer)",
    advocateQuestion: "Would you like an advocate to help you?",
    advocateHint:
      "An advocate is someone who is on your side. They do not work for the council. They help you say what you want and make sure you are listened to. It is free.",
    checkTitle: "Check what you told us",
    send: "Send it",
    doneTitle: "Thank you, we got it",
    doneBody: "Your reference number is",
    next: [
      "Write your reference number down, or take a picture of it.",
      "Someone from our team will get back to you soon, if you told us how.",
      "If you asked for an advocate, we will find one for you.",
    ],
  },
};
