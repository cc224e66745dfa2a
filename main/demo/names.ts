/** Given names for the demo branch: a mix that reflects south-east London. */
export const GIVEN_NAMES = [
  'Abena', 'Adaeze', 'Aisha', 'Amara', 'Amina', 'Ana', 'Anil', 'Beatriz', 'Bola', 'Chen', 'Chidi', 'Chloe', 'Daniel', 'Deborah',
  'Dev', 'Elif', 'Emeka', 'Emma', 'Fatima', 'Femi', 'Funmi', 'Grace', 'Hannah', 'Hassan', 'Ife', 'Imran', 'Ioana', 'Jade',
  'James', 'Janet', 'Jerome', 'Joy', 'Kemi', 'Kwame', 'Lakshmi', 'Leon', 'Lucy', 'Magdalena', 'Marcus', 'Maria', 'Marlon',
  'Mei', 'Mohammed', 'Nadia', 'Natasha', 'Nia', 'Olu', 'Omar', 'Patience', 'Precious', 'Priya', 'Rachel', 'Rosa', 'Ruth',
  'Samuel', 'Sarah', 'Shanice', 'Sina', 'Sophie', 'Tariq', 'Tendai', 'Theo', 'Tomasz', 'Tunde', 'Valentina', 'Yetunde', 'Zainab',
] as const;

/** Family names for the demo branch. */
export const FAMILY_NAMES = [
  'Adeyemi', 'Ahmed', 'Ali', 'Appiah', 'Asante', 'Baker', 'Banda', 'Begum', 'Bennett', 'Boateng', 'Brown', 'Campbell', 'Chowdhury',
  'Clarke', 'Costa', 'Da Silva', 'Davies', 'Edwards', 'Eze', 'Francis', 'Green', 'Gordon', 'Hall', 'Hussain', 'Ibrahim', 'Jackson',
  'James', 'Johnson', 'Kaur', 'Khan', 'Kowalski', 'Lewis', 'Mensah', 'Mitchell', 'Murphy', 'Nguyen', 'Nowak', 'Obi', 'Okafor',
  'Okonkwo', 'Oliveira', 'Owusu', 'Patel', 'Popescu', 'Rahman', 'Reid', 'Richards', 'Robinson', 'Santos', 'Shah', 'Singh',
  'Smith', 'Taylor', 'Thomas', 'Thompson', 'Walker', 'Wang', 'White', 'Williams', 'Wilson', 'Wright', 'Yilmaz', 'Zhang',
] as const;
