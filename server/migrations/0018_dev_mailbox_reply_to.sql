-- Support e-mails name where an answer should go (REG-13): the service's copy of a ticket answers
-- to the requester, the requester's confirmation to the service. The development mailbox keeps that
-- Reply-To so it can be seen and tested like the rest of the message.
alter table dev_mailbox
  add column reply_to text check (char_length(reply_to) <= 254);
