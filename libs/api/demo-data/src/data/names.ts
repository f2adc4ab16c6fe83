/**
 * Given and family names grouped by the region they are common in, so that most generated people get
 * a plausible pairing (a minority are mixed across regions, as in any international company). The
 * spellings keep their accents; email addresses are transliterated separately.
 */
export interface NameRegion {
  id: string;
  /** Relative share of the workforce. */
  weight: number;
  givenNames: readonly string[];
  familyNames: readonly string[];
}

// prettier-ignore
export const NAME_REGIONS: readonly NameRegion[] = [
  {
    id: 'anglo',
    weight: 16,
    givenNames: [
      'James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Charlotte', 'Jack', 'Grace',
      'Harry', 'Chloe', 'Ethan', 'Hannah', 'Samuel', 'Lucy', 'Daniel', 'Megan', 'Thomas', 'Abigail',
      'Ryan', 'Zoë', 'Connor', 'Siobhan', 'Aidan', 'Emily', 'Matthew', 'Sarah', 'Benjamin', 'Rachel',
    ],
    familyNames: [
      'Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thompson', 'Walker',
      'Robinson', 'Wright', 'Hughes', 'Edwards', 'Green', 'Hall', 'Clarke', 'Murphy', "O'Connor", 'Kelly',
      'Campbell', 'Stewart', 'Mitchell', 'Bennett', 'Fletcher', 'Harper', 'Sullivan', 'Reid',
    ],
  },
  {
    id: 'hispanic',
    weight: 10,
    givenNames: [
      'José', 'María', 'Lucía', 'Alejandro', 'Sofía', 'Mateo', 'Valentina', 'Santiago', 'Camila', 'Diego',
      'Isabel', 'Javier', 'Elena', 'Andrés', 'Carmen', 'Pablo', 'Daniela', 'Sergio', 'Ximena', 'Raúl',
      'Inés', 'Tomás', 'Paula', 'Nicolás', 'Gabriela',
    ],
    familyNames: [
      'García', 'Martínez', 'Rodríguez', 'López', 'Hernández', 'González', 'Pérez', 'Sánchez', 'Ramírez',
      'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Moreno', 'Álvarez', 'Romero', 'Navarro', 'Ruiz',
      'Castillo', 'Vargas', 'Ortega', 'Muñoz', 'de la Cruz', 'Fernández-Soto',
    ],
  },
  {
    id: 'lusophone',
    weight: 5,
    givenNames: [
      'João', 'Ana', 'Pedro', 'Beatriz', 'Lucas', 'Mariana', 'Gabriel', 'Larissa', 'Rafael', 'Fernanda',
      'Thiago', 'Juliana', 'Felipe', 'Letícia', 'Gonçalo', 'Inês', 'Caio', 'Bruna', 'Vinícius', 'Catarina',
    ],
    familyNames: [
      'Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Carvalho', 'Almeida', 'Ferreira',
      'Ribeiro', 'Rodrigues', 'Gomes', 'Lima', 'Araújo', 'Barbosa', 'Conceição', 'dos Santos', 'Magalhães',
    ],
  },
  {
    id: 'french',
    weight: 6,
    givenNames: [
      'Camille', 'Louis', 'Léa', 'Hugo', 'Manon', 'Antoine', 'Chloé', 'Julien', 'Inès', 'Théo',
      'Élodie', 'Mathieu', 'Clémence', 'Nicolas', 'Océane', 'Baptiste', 'Margaux', 'François', 'Aurélie',
      'Rémi',
    ],
    familyNames: [
      'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
      'Laurent', 'Lefèvre', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Mercier',
      'Gauthier',
    ],
  },
  {
    id: 'germanic',
    weight: 8,
    givenNames: [
      'Lukas', 'Anna', 'Felix', 'Lena', 'Jonas', 'Laura', 'Maximilian', 'Julia', 'Leon', 'Marie',
      'Tobias', 'Katharina', 'Florian', 'Johanna', 'Jürgen', 'Sabine', 'Niels', 'Femke', 'Daan', 'Sanne',
      'Bram', 'Lotte', 'Matthias', 'Jörg',
    ],
    familyNames: [
      'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
      'Koch', 'Richter', 'Wolf', 'Schröder', 'Neumann', 'Zimmermann', 'Krüger', 'Braun', 'de Vries',
      'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Huber', 'Gruber', 'Weiß',
    ],
  },
  {
    id: 'nordic',
    weight: 4,
    givenNames: [
      'Søren', 'Freja', 'Mikkel', 'Ingrid', 'Lars', 'Astrid', 'Erik', 'Sigrid', 'Magnus', 'Åsa',
      'Henrik', 'Linnea', 'Oskar', 'Maja', 'Bjørn', 'Elin', 'Aino', 'Eero', 'Þórunn', 'Gunnar',
    ],
    familyNames: [
      'Hansen', 'Johansson', 'Nielsen', 'Andersson', 'Larsen', 'Karlsson', 'Pedersen', 'Nilsson',
      'Jørgensen', 'Lindqvist', 'Berg', 'Haugen', 'Virtanen', 'Korhonen', 'Mäkinen', 'Sigurðsson', 'Lund',
      'Dahl',
    ],
  },
  {
    id: 'italian',
    weight: 5,
    givenNames: [
      'Giulia', 'Marco', 'Francesca', 'Alessandro', 'Chiara', 'Lorenzo', 'Martina', 'Matteo', 'Sara',
      'Davide', 'Federica', 'Riccardo', 'Alessia', 'Niccolò', 'Elisa', 'Giorgio', 'Valeria', 'Stefano',
    ],
    familyNames: [
      'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
      'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rinaldi', 'Lombardi',
    ],
  },
  {
    id: 'slavic',
    weight: 6,
    givenNames: [
      'Łukasz', 'Agnieszka', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Jakub', 'Zofia', 'Ondřej',
      'Tereza', 'Dmytro', 'Olena', 'Andriy', 'Iryna', 'Nikola', 'Milena', 'Marek', 'Petra', 'Bogdan',
      'Ivana', 'Stanislav', 'Kateřina',
    ],
    familyNames: [
      'Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska',
      'Novák', 'Svoboda', 'Dvořák', 'Černá', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko',
      'Horvat', 'Kovačević', 'Petrović', 'Jovanović', 'Popescu', 'Ionescu',
    ],
  },
  {
    id: 'south-asian',
    weight: 12,
    givenNames: [
      'Aarav', 'Priya', 'Vivaan', 'Ananya', 'Rohan', 'Diya', 'Arjun', 'Kavya', 'Aditya', 'Meera',
      'Rahul', 'Sneha', 'Vikram', 'Pooja', 'Siddharth', 'Lakshmi', 'Karthik', 'Neha', 'Imran', 'Ayesha',
      'Farhan', 'Nusrat', 'Dinesh', 'Tharushi', 'Harpreet', 'Gurpreet', 'Ishaan', 'Nandini',
    ],
    familyNames: [
      'Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Menon', 'Rao',
      'Desai', 'Joshi', 'Mehta', 'Chatterjee', 'Banerjee', 'Krishnan', 'Pillai', 'Agarwal', 'Kapoor',
      'Malhotra', 'Khan', 'Hussain', 'Rahman', 'Chowdhury', 'Perera', 'Fernando', 'Gill', 'Sandhu',
    ],
  },
  {
    id: 'chinese',
    weight: 8,
    givenNames: [
      'Wei', 'Fang', 'Jing', 'Lei', 'Yan', 'Hao', 'Xin', 'Jun', 'Mei', 'Yu',
      'Tao', 'Li Na', 'Zhiwei', 'Xiaoling', 'Jiahui', 'Haoran', 'Yiming', 'Shu', 'Chen', 'Ruoxi',
      'Ka Wai', 'Wing', 'Hui Min', 'Jia Hao',
    ],
    familyNames: [
      'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou',
      'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Lin', 'He', 'Gao', 'Luo',
      'Wong', 'Chan', 'Leung', 'Tan', 'Lim', 'Ng',
    ],
  },
  {
    id: 'japanese',
    weight: 4,
    givenNames: [
      'Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Yuto', 'Sakura', 'Kenji', 'Yuki',
      'Takumi', 'Misaki', 'Daiki', 'Naoko', 'Shota', 'Emi', 'Kaito', 'Rina',
    ],
    familyNames: [
      'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi',
      'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu',
    ],
  },
  {
    id: 'korean',
    weight: 3,
    givenNames: [
      'Minjun', 'Seoyeon', 'Jiho', 'Jiwoo', 'Hyun-woo', 'Soo-ah', 'Dohyun', 'Haeun', 'Jae-won', 'Yuna',
      'Sungmin', 'Eunji', 'Taeyang', 'Minji',
    ],
    familyNames: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Seo', 'Kwon'],
  },
  {
    id: 'southeast-asian',
    weight: 5,
    givenNames: [
      'Minh', 'Linh', 'Huy', 'Thảo', 'Quang', 'Ngọc', 'Anh', 'Trang', 'Paolo', 'Maricel',
      'Jomar', 'Kristine', 'Putri', 'Budi', 'Siti', 'Agus', 'Dewi', 'Somchai', 'Nattaya', 'Arif',
      'Nurul', 'Hafiz',
    ],
    familyNames: [
      'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Santos', 'Reyes',
      'Cruz', 'Bautista', 'Dela Cruz', 'Mendoza', 'Wijaya', 'Susanto', 'Halim', 'Saetang', 'Srisai',
      'Abdullah', 'Ismail',
    ],
  },
  {
    id: 'middle-eastern',
    weight: 6,
    givenNames: [
      'Omar', 'Layla', 'Youssef', 'Fatima', 'Karim', 'Nour', 'Ali', 'Mariam', 'Hassan', 'Yasmin',
      'Tariq', 'Rania', 'Emre', 'Elif', 'Mehmet', 'Zeynep', 'Reza', 'Shirin', 'Dariush', 'Noa',
      'Eitan', 'Tamar',
    ],
    familyNames: [
      'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Mansour', 'Hamdan', 'Al-Farsi', 'El-Amin', 'Aziz', 'Karimi',
      'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Hosseini', 'Tehrani', 'Levi', 'Cohen',
      'Mizrahi', 'Friedman',
    ],
  },
  {
    id: 'african',
    weight: 6,
    givenNames: [
      'Chidi', 'Amara', 'Emeka', 'Ngozi', 'Kwame', 'Ama', 'Kofi', 'Abena', 'Tunde', 'Folake',
      'Oluwaseun', 'Chiamaka', 'Wanjiru', 'Otieno', 'Amina', 'Baraka', 'Thabo', 'Lerato', 'Sipho',
      'Nomvula', 'Abebe', 'Selam', 'Moussa', 'Aïssatou',
    ],
    familyNames: [
      'Okafor', 'Adeyemi', 'Okonkwo', 'Eze', 'Balogun', 'Mensah', 'Owusu', 'Boateng', 'Asante', 'Mwangi',
      'Odhiambo', 'Kamau', 'Wanjiku', 'Nkosi', 'Dlamini', 'Khumalo', 'Mokoena', 'Tesfaye', 'Bekele',
      'Diallo', 'Traoré', 'Ndiaye',
    ],
  },
];
